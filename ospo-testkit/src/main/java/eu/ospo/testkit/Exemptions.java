package eu.ospo.testkit;

import eu.ospo.model.Exemption;
import eu.ospo.testkit.internal.CommunityDraws;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.Shape;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Generators of exemptions ({@code community.exemptions[]}): a rule id, a reason, perhaps an end. */
public final class Exemptions {

    private Exemptions() {}

    /**
     * Exemptions for any rule of {@link Communities#ruleIds()}, ending between 2020 and 2030 or
     * never.
     *
     * @return the generator
     */
    public static Gen<Exemption> any() {
        return in -> {
            Draw draw = new Draw(in);
            return CommunityDraws.exemption(draw, draw.pick(CommunityDraws.RULE_IDS), Shape.DEFAULT);
        };
    }

    /**
     * Valid exemptions for one rule that are in force on a day: a non-blank reason, and no end or an
     * end on or up to two years after that day.
     *
     * @param rule the rule id
     * @param day the day
     * @return the generator
     */
    public static Gen<Exemption> inForceOn(String rule, LocalDate day) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(day, "day");
        return in -> {
            Draw draw = new Draw(in);
            Optional<LocalDate> until = draw.maybe(70, () -> draw.day(day, day.plusYears(2)));
            return new Exemption(rule, "Agreed by the steering committee (" + rule + ")", until);
        };
    }
}
