/**
 * The shared base of ospo: the library's version ({@link eu.ospo.Ospo#version()}), the {@link
 * eu.ospo.problem.Problem} vocabulary used by every parser, validator and rule, and the
 * prosumer-community domain model ({@link eu.ospo.model.Governance} and the measures in {@link
 * eu.ospo.model.measure}).
 */
@SuppressWarnings("module") // Hibernate Validator is a test dependency here; opens only take effect where it is present
module eu.ospo.model {
    requires static transitive org.jspecify;
    requires transitive jakarta.validation;

    exports eu.ospo;
    exports eu.ospo.problem;
    exports eu.ospo.model;
    exports eu.ospo.model.measure;
    exports eu.ospo.model.validation;

    opens eu.ospo.model to
            org.hibernate.validator;
    opens eu.ospo.model.internal.validation to
            org.hibernate.validator;
}
