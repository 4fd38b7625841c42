/**
 * JSON for ospo's files, as a Jackson 3 module: publiccode.yml, governance.yml, findings and
 * evaluations written in the files' own key shape and read through the same validation.
 */
module eu.ospo.jackson {
    requires transitive eu.ospo.governance;
    requires transitive eu.ospo.publiccode;
    requires transitive eu.ospo.model;
    requires transitive tools.jackson.databind;
    requires transitive tools.jackson.core;
    requires static transitive org.jspecify;

    exports eu.ospo.jackson;
}
