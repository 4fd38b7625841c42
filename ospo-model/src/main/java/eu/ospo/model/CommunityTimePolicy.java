package eu.ospo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The share of contract hours to be spent on community work ({@code communityTime}, or an
 * organisation's override in {@code organisations[].communityTime}).
 *
 * <p>An override replaces the community's policy for that organisation's reports; reports listed in
 * an override belong to that organisation.
 *
 * @param percentage the share of contract hours, 0–100
 * @param scope at which level compliance is measured
 * @param period the reporting period; {@link ReportingPeriod#DEFAULT} when the file does not say
 * @param appliesToRoles the job roles the policy applies to, for example {@code developer}
 * @param reports reported hours
 */
public record CommunityTimePolicy(
        @PositiveOrZero @Max(100) BigDecimal percentage,
        CommunityTimeScope scope,
        ReportingPeriod period,
        List<@NotBlank String> appliesToRoles,
        List<@Valid CommunityTimeReport> reports) {

    /** Checks for nulls and copies the lists. */
    public CommunityTimePolicy {
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        appliesToRoles = List.copyOf(appliesToRoles);
        reports = List.copyOf(reports);
    }
}
