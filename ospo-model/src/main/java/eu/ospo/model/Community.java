package eu.ospo.model;

import eu.ospo.model.validation.AbsoluteUri;
import eu.ospo.model.validation.NotBlankIfPresent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The prosumer community itself ({@code community}).
 *
 * @param name the community's name
 * @param uri a URI identifying it
 * @param description a short description
 * @param charter URL or path of the charter (GOVERNANCE.md or a signed document)
 * @param lastReviewed the day the governance file was last reviewed
 * @param exemptions documented exceptions to rules
 */
public record Community(
        @NotBlank String name,
        @NotBlank @AbsoluteUri String uri,
        Optional<@NotBlankIfPresent String> description,
        Optional<@NotBlankIfPresent String> charter,
        LocalDate lastReviewed,
        List<@Valid Exemption> exemptions) {

    /** Checks for nulls and copies the list. */
    public Community {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        exemptions = List.copyOf(exemptions);
    }

    /**
     * The first exemption for a rule that is in force on a day.
     *
     * @param rule the rule id
     * @param day the day
     * @return the exemption, or empty
     */
    public Optional<Exemption> exemptionFor(String rule, LocalDate day) {
        return exemptions.stream()
                .filter(e -> e.rule().equals(rule) && e.isInForceOn(day))
                .findFirst();
    }

    /**
     * A copy with {@code name} replaced; every other component is kept.
     *
     * @param name the community's name
     * @return the copy
     */
    public Community withName(String name) {
        return copy(c -> c.name = name);
    }

    /**
     * A copy with {@code uri} replaced; every other component is kept.
     *
     * @param uri a URI identifying it
     * @return the copy
     */
    public Community withUri(String uri) {
        return copy(c -> c.uri = uri);
    }

    /**
     * A copy with {@code description} replaced; every other component is kept.
     *
     * @param description a short description
     * @return the copy
     */
    public Community withDescription(Optional<String> description) {
        return copy(c -> c.description = description);
    }

    /**
     * A copy with {@code charter} replaced; every other component is kept.
     *
     * @param charter URL or path of the charter (GOVERNANCE.md or a signed document)
     * @return the copy
     */
    public Community withCharter(Optional<String> charter) {
        return copy(c -> c.charter = charter);
    }

    /**
     * A copy with {@code lastReviewed} replaced; every other component is kept.
     *
     * @param lastReviewed the day the governance file was last reviewed
     * @return the copy
     */
    public Community withLastReviewed(LocalDate lastReviewed) {
        return copy(c -> c.lastReviewed = lastReviewed);
    }

    /**
     * A copy with {@code exemptions} replaced; every other component is kept.
     *
     * @param exemptions documented exceptions to rules
     * @return the copy
     */
    public Community withExemptions(List<Exemption> exemptions) {
        return copy(c -> c.exemptions = exemptions);
    }

    private Community copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private String name;
        private String uri;
        private Optional<String> description;
        private Optional<String> charter;
        private LocalDate lastReviewed;
        private List<Exemption> exemptions;

        Copy(Community r) {
            name = r.name;
            uri = r.uri;
            description = r.description;
            charter = r.charter;
            lastReviewed = r.lastReviewed;
            exemptions = r.exemptions;
        }

        Community build() {
            return new Community(name, uri, description, charter, lastReviewed, exemptions);
        }
    }
}
