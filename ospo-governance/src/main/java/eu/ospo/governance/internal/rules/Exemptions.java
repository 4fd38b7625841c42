package eu.ospo.governance.internal.rules;

import eu.ospo.model.Exemption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exemptions in force on the evaluation date, by rule id: an exemption applies when its reason
 * is not blank and its {@code until} is absent or on or after the date. When several apply to one
 * rule, the one lasting longest is reported (without {@code until} first; ties by reason, then file
 * order), so the choice does not depend on list order.
 */
public final class Exemptions {

    private static final Comparator<Indexed<Exemption>> PREFERRED = Comparator.comparing(
                    (Indexed<Exemption> e) -> e.value().until().orElse(LocalDate.MAX))
            .reversed()
            .thenComparing(e -> e.value().reason())
            .thenComparingInt(Indexed::index);

    private final Map<String, Indexed<Exemption>> byRule;

    private Exemptions(Map<String, Indexed<Exemption>> byRule) {
        this.byRule = byRule;
    }

    /**
     * The exemptions in force.
     *
     * @param facts the facts
     * @return the index
     */
    public static Exemptions of(Facts facts) {
        Map<String, Indexed<Exemption>> byRule = new HashMap<>();
        List<Exemption> exemptions = facts.governance().community().exemptions();
        for (int i = 0; i < exemptions.size(); i++) {
            Exemption exemption = exemptions.get(i);
            if (exemption.reason().isBlank() || !exemption.isInForceOn(facts.date())) {
                continue;
            }
            Indexed<Exemption> candidate = new Indexed<>(exemption, i);
            byRule.merge(exemption.rule(), candidate, (a, b) -> PREFERRED.compare(a, b) <= 0 ? a : b);
        }
        return new Exemptions(byRule);
    }

    /**
     * The exemption that applies to a rule.
     *
     * @param ruleId the rule's id
     * @return the exemption with its position, or empty
     */
    public Optional<Indexed<Exemption>> forRule(String ruleId) {
        return Optional.ofNullable(byRule.get(ruleId));
    }
}
