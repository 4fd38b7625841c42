package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        @NotBlank String uri,
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
     * A copy with the exemptions replaced; every other component is kept.
     *
     * @param exemptions the exemptions
     * @return the copy
     */
    public Community withExemptions(List<Exemption> exemptions) {
        return new Community(name, uri, description, charter, lastReviewed, exemptions);
    }
}
