package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.publiccode.model.DevelopmentStatus;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Optional;

/**
 * When a repository file becomes required: the presence rules (FILE-*) take a {@code requiredFrom}
 * development status, and a project whose publiccode.yml gives an earlier status is not yet held to
 * the rule. Without publiccode.yml the maturity is unknown and the rule applies; an obsolete project
 * keeps the requirements of a stable one (its files do not stop mattering to its users).
 */
final class Maturity {

    static final String PARAMETER = "requiredFrom";

    private static final List<DevelopmentStatus> LEVELS = List.of(
            DevelopmentStatus.CONCEPT, DevelopmentStatus.DEVELOPMENT, DevelopmentStatus.BETA, DevelopmentStatus.STABLE);

    private Maturity() {}

    /**
     * The {@code requiredFrom} parameter of a presence rule.
     *
     * @param from the status from which the file is required by default
     * @return the parameter
     */
    static ParameterSpec requiredFrom(DevelopmentStatus from) {
        return ParameterSpec.of(
                PARAMETER,
                from.value(),
                ParameterSpec.Kind.DEVELOPMENT_STATUS,
                "the publiccode.yml developmentStatus from which on the file is required");
    }

    /**
     * A parameter value as a status.
     *
     * @param text the value
     * @return the status, or empty if it is not one of concept, development, beta, stable
     */
    static Optional<DevelopmentStatus> parse(String text) {
        String value = text.trim();
        return LEVELS.stream().filter(level -> level.value().equals(value)).findFirst();
    }

    /**
     * The outcome of a presence rule whose file is missing: the failure, or not applicable when
     * publiccode.yml says the project has not reached the status from which the file is required.
     *
     * @param facts the facts (for publiccode.yml)
     * @param parameters the rule's parameters, with {@code requiredFrom}
     * @param failure the failure to report when the file is required
     * @return the one outcome
     */
    static List<Outcome> missing(Facts facts, RuleParameters parameters, Outcome failure) {
        DevelopmentStatus from = parse(parameters.text(PARAMETER)).orElse(DevelopmentStatus.CONCEPT);
        Optional<DevelopmentStatus> status = facts.publicCode().map(PublicCode::developmentStatus);
        if (status.isPresent() && LEVELS.contains(status.get()) && status.get().compareTo(from) < 0) {
            return List.of(Outcome.notApplicable(failure.message() + "; not required before " + from.value()
                    + " (publiccode.yml: developmentStatus " + status.get().value() + ")"));
        }
        return List.of(failure);
    }
}
