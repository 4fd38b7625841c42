package eu.ospo.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.Optional;

/**
 * Response times an agreement promises ({@code agreements[].serviceLevels}), in calendar days.
 *
 * @param firstResponseDays days to a first response on an issue
 * @param securityResponseDays days to a response on a vulnerability report
 * @param reviewDays days to a review of a contribution
 */
public record ServiceLevels(
        Optional<@PositiveOrZero Integer> firstResponseDays,
        Optional<@PositiveOrZero Integer> securityResponseDays,
        Optional<@PositiveOrZero Integer> reviewDays) {

    /** Checks for nulls. */
    public ServiceLevels {
        Objects.requireNonNull(firstResponseDays, "firstResponseDays");
        Objects.requireNonNull(securityResponseDays, "securityResponseDays");
        Objects.requireNonNull(reviewDays, "reviewDays");
    }
}
