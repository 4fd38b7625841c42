/**
 * governance.yml (the machine-readable governance of a prosumer community): parser and writer, and a
 * rules engine with reports that evaluates it together with the project's publiccode.yml.
 */
@SuppressWarnings("module") // eu.ospo.jackson is built after this module; Hibernate Validator is optional
module eu.ospo.governance {
    requires transitive eu.ospo.model;
    requires transitive eu.ospo.publiccode;
    requires static transitive org.jspecify;
    requires org.snakeyaml.engine;
    requires tools.jackson.databind;

    exports eu.ospo.governance;
    exports eu.ospo.governance.rules;
    exports eu.ospo.governance.report;
    exports eu.ospo.governance.files;
    exports eu.ospo.governance.check;
    exports eu.ospo.governance.validation;
    // JSON (ospo-jackson) reads into the same node tree and writes the writer's tree
    exports eu.ospo.governance.internal.read to
            eu.ospo.jackson;
    exports eu.ospo.governance.internal.write to
            eu.ospo.jackson;
    // @ValidGovernance: Hibernate Validator instantiates the validators
    opens eu.ospo.governance.internal.validation to
            org.hibernate.validator;
}
