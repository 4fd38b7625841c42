package eu.ospo.testkit.internal;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.CommitmentUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The knobs of a generated governance model: how many of each thing, which dates, which commitment
 * sizes, and which optional parts may appear. Immutable; the public builder makes one.
 *
 * @param organisations how many organisations
 * @param projectsPerOrganisation how many projects each organisation stewards
 * @param agreementsPerOrganisation how many agreements each organisation provides
 * @param contactsPerOrganisation how many contacts each organisation has (at least one)
 * @param from the first day any date may fall on
 * @param to the last day any date may fall on
 * @param hours the amounts of commitments in hours
 * @param fteHundredths the amounts of commitments in FTE, in hundredths
 * @param units the units commitments may use
 * @param kinds the kinds agreements may have
 * @param statuses the statuses agreements may have
 * @param communityTime whether a community-time policy may appear
 * @param decisionMaking whether decision bodies may appear
 * @param exemptions whether exemptions may appear
 * @param leaving whether organisations may have left
 */
public record Shape(
        Span organisations,
        Span projectsPerOrganisation,
        Span agreementsPerOrganisation,
        Span contactsPerOrganisation,
        LocalDate from,
        LocalDate to,
        Span hours,
        Span fteHundredths,
        List<CommitmentUnit> units,
        List<AgreementKind> kinds,
        List<AgreementStatus> statuses,
        boolean communityTime,
        boolean decisionMaking,
        boolean exemptions,
        boolean leaving) {

    /**
     * A closed range of whole numbers.
     *
     * @param min the least
     * @param max the greatest
     */
    public record Span(int min, int max) {

        /**
         * Checks the order.
         *
         * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
         */
        public Span {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("need 0 <= min <= max, got [" + min + ", " + max + "]");
            }
        }

        /**
         * Draws a number in the range.
         *
         * @param draw the source
         * @return the number
         */
        public int draw(Draw draw) {
            return draw.between(min, max);
        }
    }

    /** The defaults of {@code Communities.builder()}. */
    public static final Shape DEFAULT = new Shape(
            new Span(1, 6),
            new Span(0, 2),
            new Span(0, 4),
            new Span(1, 2),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2030, 12, 31),
            new Span(1, 2000),
            new Span(5, 200),
            List.of(CommitmentUnit.values()),
            List.of(AgreementKind.values()),
            List.of(AgreementStatus.values()),
            true,
            true,
            true,
            true);

    /**
     * Checks the knobs.
     *
     * @throws IllegalArgumentException if a knob is out of range
     */
    public Shape {
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(projectsPerOrganisation, "projectsPerOrganisation");
        Objects.requireNonNull(agreementsPerOrganisation, "agreementsPerOrganisation");
        Objects.requireNonNull(contactsPerOrganisation, "contactsPerOrganisation");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(fteHundredths, "fteHundredths");
        units = List.copyOf(units);
        kinds = List.copyOf(kinds);
        statuses = List.copyOf(statuses);
        if (organisations.min() < 1) {
            throw new IllegalArgumentException("a community has at least one organisation");
        }
        if (contactsPerOrganisation.min() < 1) {
            throw new IllegalArgumentException("every organisation has at least one contact");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts: " + from + " to " + to);
        }
        if (hours.min() < 1 || fteHundredths.min() < 1) {
            throw new IllegalArgumentException("commitments are positive");
        }
        if (units.isEmpty() || kinds.isEmpty() || statuses.isEmpty()) {
            throw new IllegalArgumentException("units, kinds and statuses need at least one value each");
        }
    }

    /**
     * A commitment amount in FTE.
     *
     * @param draw the source
     * @return hundredths in the range, as a decimal with two places
     */
    public BigDecimal fte(Draw draw) {
        return draw.decimal(fteHundredths.min(), fteHundredths.max(), 2);
    }
}
