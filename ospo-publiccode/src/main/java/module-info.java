/**
 * Parser, validator and writer for {@code publiccode.yml}, conformant with the reference validator
 * (italia/publiccode-parser-go).
 */
@SuppressWarnings("module") // eu.ospo.jackson is built after this module; Hibernate Validator is optional
module eu.ospo.publiccode {
    requires transitive eu.ospo.model;
    requires static transitive org.jspecify;
    requires org.snakeyaml.engine;

    exports eu.ospo.publiccode;
    exports eu.ospo.publiccode.model;
    exports eu.ospo.publiccode.net;
    exports eu.ospo.yaml;
    exports eu.ospo.publiccode.validation;
    // the one YAML layer, shared with the other file formats of ospo (not public API)
    exports eu.ospo.yaml.internal to
            eu.ospo.governance,
            eu.ospo.jackson;
    exports eu.ospo.publiccode.internal.check to
            eu.ospo.governance;
    // JSON (ospo-jackson) reads into the same node tree and writes the writer's tree
    exports eu.ospo.publiccode.internal to
            eu.ospo.jackson;
    exports eu.ospo.publiccode.internal.write to
            eu.ospo.jackson;
    // the file constraints: Hibernate Validator instantiates the validators; governance.yml's
    // constraint reads a Path the same way
    opens eu.ospo.publiccode.internal.validation to
            org.hibernate.validator;

    exports eu.ospo.publiccode.internal.validation to
            eu.ospo.governance;
}
