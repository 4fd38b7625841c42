package eu.ospo.model;

import eu.ospo.model.validation.AbsoluteUri;
import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The community's Open Source Program Office ({@code ospo}, governance.yml 0.2): an organisation
 * with the {@code ospo} role, or a unit of one, that sets the community's standards. It publishes
 * the rulesets projects are checked with and offers shared tooling, so that every project does not
 * have to invent its own.
 *
 * @param organisation the id of the organisation that runs the OSPO
 * @param unit the unit of that organisation, when the OSPO is a part of it (for example {@code
 *     Digital Office})
 * @param contact the id of the OSPO's contact
 * @param uri the OSPO's web page
 * @param rulesets the rulesets it publishes
 * @param tooling the tools it offers
 */
public record OpenSourceProgramOffice(
        @Slug String organisation,
        Optional<@NotBlankIfPresent String> unit,
        @NotBlank String contact,
        Optional<@NotBlankIfPresent @AbsoluteUri String> uri,
        List<@Valid OspoRuleset> rulesets,
        List<@Valid OspoTool> tooling) {

    /** Checks for nulls and copies the lists. */
    public OpenSourceProgramOffice {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(uri, "uri");
        rulesets = List.copyOf(rulesets);
        tooling = List.copyOf(tooling);
    }

    /**
     * The ruleset with an id.
     *
     * @param id the id
     * @return the ruleset, or empty
     */
    public Optional<OspoRuleset> ruleset(String id) {
        return rulesets.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
