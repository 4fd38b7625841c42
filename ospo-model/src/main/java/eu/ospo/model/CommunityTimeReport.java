package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.Slug;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Reported hours for one organisation, team or coder in one period ({@code communityTime.reports[]}).
 * A report names a {@code coder} when the policy's scope is per coder, and a {@code team} when it is
 * per team.
 *
 * @param organisation the id of the reporting organisation
 * @param period the calendar month, quarter or year reported on ({@code 2025-Q1})
 * @param contractHours hours worked under contract in the period
 * @param communityHours of those, hours spent on community work
 * @param coders how many coders the report covers (informational)
 * @param coder the coder, for per-coder reports: from governance.yml 0.2 a contact id (checked); in
 *     0.1 free text
 * @param team the team, for per-team reports: from governance.yml 0.2 a team id ({@code teams[].id},
 *     checked: a team of the reporting organisation); in 0.1 the team's name
 */
public record CommunityTimeReport(
        @Slug String organisation,
        CalendarPeriod period,
        @PositiveOrZero BigDecimal contractHours,
        @PositiveOrZero BigDecimal communityHours,
        Optional<@Positive Integer> coders,
        Optional<@NotBlankIfPresent String> coder,
        Optional<@NotBlankIfPresent String> team) {

    /** Checks for nulls. */
    public CommunityTimeReport {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(contractHours, "contractHours");
        Objects.requireNonNull(communityHours, "communityHours");
        Objects.requireNonNull(coders, "coders");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(team, "team");
    }
}
