package eu.ospo.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A documented exception to a rule ({@code community.exemptions[]}): while it is in force, a failure
 * of the rule is reported as exempted.
 *
 * @param rule the rule id, for example {@code DIV-ELEPHANT}
 * @param reason why the rule does not apply; mandatory
 * @param until the last day the exemption is in force; absent means without end
 */
public record Exemption(@NotBlank String rule, @NotBlank String reason, Optional<LocalDate> until) {

    /** Checks for nulls. */
    public Exemption {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
    }

    /**
     * Whether the exemption is in force on a day: there is no {@code until}, or {@code day <=
     * until}.
     *
     * @param day the day
     * @return true if in force
     */
    public boolean isInForceOn(LocalDate day) {
        return until.map(last -> !day.isAfter(last)).orElse(true);
    }
}
