package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.Slug;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A ruleset the OSPO publishes ({@code ospo.rulesets[]}): the rule levels and thresholds the
 * community's projects are checked with. Projects name it in {@code projects[].ruleset}; a project's
 * own ruleset file may {@code extends:} it by path.
 *
 * @param id local id, unique among the OSPO's rulesets
 * @param location where the ruleset file is: a path relative to governance.yml, or a URL
 * @param description what the ruleset is for
 */
public record OspoRuleset(@Slug String id, @NotBlank String location, Optional<@NotBlankIfPresent String> description) {

    /** Checks for nulls. */
    public OspoRuleset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(description, "description");
    }
}
