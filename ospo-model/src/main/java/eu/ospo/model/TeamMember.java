package eu.ospo.model;

import eu.ospo.model.validation.EndNotBeforeStart;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One period of a contact's membership of a team ({@code teams[].members[]}). A person who leaves
 * and comes back, or changes role, has one entry per period; together the entries of all teams are
 * the contact's membership history ({@link Governance#membershipHistory(String)}), from which tenure
 * and turnover are computed.
 *
 * @param contact the id of the contact
 * @param role what the member does in the team
 * @param joined the first day of membership
 * @param left the last day of membership, if it has ended
 * @param hoursPerWeek the hours per week the member works for the team
 */
@EndNotBeforeStart(start = "joined", end = "left")
public record TeamMember(
        @NotBlank String contact,
        TeamRole role,
        LocalDate joined,
        Optional<LocalDate> left,
        Optional<@Positive @DecimalMax("168") BigDecimal> hoursPerWeek) {

    /** Checks for nulls. */
    public TeamMember {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
    }

    /**
     * Whether this is a coder's membership.
     *
     * @return true for {@link TeamRole#CODER}
     */
    public boolean isCoder() {
        return role == TeamRole.CODER;
    }

    /**
     * Whether the membership includes a day: {@code joined <= day} and, if it ended, {@code day <=
     * left}.
     *
     * @param day the day
     * @return true if a member on that day
     */
    public boolean isMemberOn(LocalDate day) {
        return !day.isBefore(joined) && left.map(last -> !day.isAfter(last)).orElse(true);
    }

    /**
     * Whether the membership shares at least one day with a range.
     *
     * @param range the range
     * @return true if they overlap
     */
    public boolean overlaps(DateRange range) {
        return !range.end().isBefore(joined)
                && left.map(last -> !last.isBefore(range.start())).orElse(true);
    }

    /**
     * The days of the membership up to a day: from {@code joined} to {@code left} or {@code day},
     * whichever comes first.
     *
     * @param day the last day to count
     * @return the range, or empty if the membership starts after {@code day} or has no days ({@code
     *     left} before {@code joined}, which a governance.yml with that problem may hold)
     */
    public Optional<DateRange> daysUntil(LocalDate day) {
        if (joined.isAfter(day)) {
            return Optional.empty();
        }
        LocalDate last = left.filter(l -> l.isBefore(day)).orElse(day);
        if (last.isBefore(joined)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(joined, last));
    }
}
