/**
 * The shared base of ospo: the library's version ({@link eu.ospo.Ospo#version()}), the {@link
 * eu.ospo.problem.Problem} vocabulary used by every parser, validator and rule, and the
 * prosumer-community domain model ({@link eu.ospo.model.Governance} and the measures in {@link
 * eu.ospo.model.measure}).
 */
@SuppressWarnings("module") // eu.ospo.governance is built after this module
module eu.ospo.model {
    requires static transitive org.jspecify;
    requires transitive jakarta.validation;
    // optional: where Hibernate Validator is the provider, file constraints attach each Problem to
    // its violation as the dynamic payload (users add Hibernate Validator themselves)
    requires static org.hibernate.validator;

    exports eu.ospo;
    exports eu.ospo.problem;
    exports eu.ospo.model;
    exports eu.ospo.model.measure;
    exports eu.ospo.model.validation;

    opens eu.ospo.model to
            org.hibernate.validator;
    opens eu.ospo.model.internal.validation to
            org.hibernate.validator;
    // Problems as constraint violations, for the file constraints of ospo-publiccode and ospo-governance
    exports eu.ospo.model.internal.validation to
            eu.ospo.publiccode,
            eu.ospo.governance;
}
