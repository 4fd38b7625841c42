package eu.ospo.governance.internal.rules;

import eu.ospo.model.DecisionBody;
import java.util.List;

/** The decision bodies of governance.yml, sorted by id with their positions. */
final class DecisionBodies {

    private DecisionBodies() {}

    static List<Indexed<DecisionBody>> of(Facts facts) {
        return Indexed.sortedBy(
                facts.governance().decisionMaking().map(d -> d.bodies()).orElse(List.of()), DecisionBody::id);
    }
}
