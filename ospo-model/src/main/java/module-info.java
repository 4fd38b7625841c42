/**
 * The shared base of ospo: the {@link eu.ospo.problem.Problem} vocabulary used by every parser,
 * validator and rule, and (later) the prosumer-community domain model.
 */
module eu.ospo.model {
    requires static transitive org.jspecify;

    exports eu.ospo.problem;
}
