package eu.ospo.testkit;

import eu.ospo.model.Governance;
import eu.ospo.model.Organisation;
import eu.ospo.testkit.internal.Draw;
import java.time.LocalDate;
import java.util.Objects;
import org.quicktheories.core.Gen;

/** Generators of days, for evaluation dates. */
public final class Dates {

    private Dates() {}

    /**
     * Days in a closed range; shrinks towards {@code from}.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the generator
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Gen<LocalDate> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + " to " + to);
        }
        return in -> new Draw(in).day(from, to);
    }

    /**
     * Days on which some organisation of a model is a member: a day of one organisation's membership
     * interval (up to ten years after it joined when it has not left).
     *
     * @param governance the model
     * @return the generator
     */
    public static Gen<LocalDate> membershipDays(Governance governance) {
        return in -> {
            Draw draw = new Draw(in);
            Organisation organisation = draw.pick(governance.organisations());
            return draw.day(
                    organisation.joined(),
                    organisation.left().orElse(organisation.joined().plusYears(10)));
        };
    }
}
