package eu.ospo.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the community decides ({@code decisionMaking}).
 *
 * @param bodies the decision bodies
 * @param governanceChange the voting rule for changing the charter
 */
public record DecisionMaking(List<@Valid DecisionBody> bodies, Optional<VotingRule> governanceChange) {

    /** Checks for nulls and copies the list. */
    public DecisionMaking {
        bodies = List.copyOf(bodies);
        Objects.requireNonNull(governanceChange, "governanceChange");
    }
}
