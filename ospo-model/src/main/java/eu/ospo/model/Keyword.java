package eu.ospo.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A term of governance.yml's closed vocabularies, implemented by the model's enums. Each constant
 * keeps its spelling in the file ({@code lazyConsensus} for {@link VotingRule#LAZY_CONSENSUS}), so a
 * parser or writer needs no per-type mapping.
 */
public interface Keyword {

    /**
     * The term as written in governance.yml.
     *
     * @return the spelling, for example {@code perOrganisation}
     */
    String value();

    /**
     * The constant of an enum with this spelling (case-sensitive).
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param value the spelling
     * @return the constant, or empty if the spelling is not one of the enum's terms
     */
    static <E extends Enum<E> & Keyword> Optional<E> fromValue(Class<E> type, String value) {
        Objects.requireNonNull(value, "value");
        for (E candidate : type.getEnumConstants()) {
            if (candidate.value().equals(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
