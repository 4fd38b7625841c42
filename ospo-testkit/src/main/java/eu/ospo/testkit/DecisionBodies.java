package eu.ospo.testkit;

import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Quorum;
import eu.ospo.testkit.internal.DecisionDraws;
import eu.ospo.testkit.internal.Draw;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Generators of decision bodies: 1–7 seats held by {@code org1}–{@code org4} (a seat may name one of
 * the holder's contacts), a seat limit of 1 or 2 (which the seats may exceed: that is for rules to
 * judge), a quorum the seats can reach, any voting rule.
 */
public final class DecisionBodies {

    private DecisionBodies() {}

    private static Map<String, List<String>> holders() {
        Map<String, List<String>> holders = new LinkedHashMap<>();
        holders.put("org1", List.of("person1", "person2"));
        holders.put("org2", List.of("person3"));
        holders.put("org3", List.of());
        holders.put("org4", List.of("person4"));
        return holders;
    }

    /**
     * Decision bodies with ids {@code body1} to {@code body9}.
     *
     * @return the generator
     */
    public static Gen<DecisionBody> any() {
        return in -> {
            Draw draw = new Draw(in);
            return DecisionDraws.body(draw, "body" + draw.between(1, 9), holders());
        };
    }

    /**
     * The {@code decisionMaking} section: one to three bodies with distinct ids, and perhaps a voting
     * rule for changing the charter.
     *
     * @return the generator
     */
    public static Gen<DecisionMaking> decisionMaking() {
        return in -> DecisionDraws.decisionMaking(new Draw(in), holders());
    }

    /**
     * Quorums a body with this many seats can reach: a fraction in (0, 1] with two decimals, or a
     * count from 1 to {@code seats}.
     *
     * @param seats the number of seats, at least 1
     * @return the generator
     * @throws IllegalArgumentException if {@code seats} is below 1
     */
    public static Gen<Quorum> quorums(int seats) {
        if (seats < 1) {
            throw new IllegalArgumentException("a body has at least one seat");
        }
        return in -> DecisionDraws.quorum(new Draw(in), seats);
    }
}
