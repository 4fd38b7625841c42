package eu.ospo.model;

/** How a decision body decides ({@code votingRule}, {@code decisionMaking.governanceChange}). */
public enum VotingRule implements Keyword {
    /** {@code consensus}: everybody agrees. */
    CONSENSUS("consensus"),
    /** {@code lazyConsensus}: nobody objects within the voting period. */
    LAZY_CONSENSUS("lazyConsensus"),
    /** {@code simpleMajority}: more than half of the votes cast. */
    SIMPLE_MAJORITY("simpleMajority"),
    /** {@code twoThirds}: at least two thirds of the votes cast. */
    TWO_THIRDS("twoThirds"),
    /** {@code unanimity}: every seat votes in favour. */
    UNANIMITY("unanimity");

    private final String value;

    VotingRule(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
