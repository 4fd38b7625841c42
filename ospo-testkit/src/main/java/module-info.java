/**
 * QuickTheories generators for the prosumer-community model of {@code eu.ospo.model}: every model
 * type, whole {@link eu.ospo.model.Governance} models that are valid by construction (with knobs),
 * deliberately broken variants that break exactly one thing, and weight vectors for the
 * concentration measure. Users property-test their own governance rules with them.
 */
// QuickTheories is an automatic module (no module-info); users of the generators need it, so it is
// required transitively, and the warning about that is expected.
@SuppressWarnings("requires-transitive-automatic")
module eu.ospo.testkit {
    requires transitive eu.ospo.model;
    requires transitive quicktheories;
    requires static transitive org.jspecify;

    exports eu.ospo.testkit;
}
