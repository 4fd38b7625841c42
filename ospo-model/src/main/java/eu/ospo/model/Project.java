package eu.ospo.model;

import eu.ospo.model.validation.AbsoluteUri;
import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.RulesetOrWaiver;
import eu.ospo.model.validation.Slug;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;

/**
 * A software project of the community ({@code projects[]}).
 *
 * @param id local id, unique among projects
 * @param name the project's name
 * @param repository URL of the source repository
 * @param publiccode URL or path of the project's publiccode.yml
 * @param maintenanceType how it is maintained; must agree with publiccode.yml's {@code
 *     maintenance.type} when both are given
 * @param criticality how critical it is; selects rule thresholds
 * @param steward the id of the lead organisation
 * @param ruleset the id of the OSPO ruleset ({@code ospo.rulesets[].id}) the project is checked with
 *     (governance.yml 0.2)
 * @param rulesetWaiver why the project does not use an OSPO ruleset (governance.yml 0.2)
 */
@RulesetOrWaiver
public record Project(
        @Slug String id,
        @NotBlank String name,
        @NotBlank @AbsoluteUri String repository,
        Optional<@NotBlankIfPresent String> publiccode,
        Optional<MaintenanceType> maintenanceType,
        Optional<Criticality> criticality,
        Optional<@Slug String> steward,
        Optional<@Slug String> ruleset,
        Optional<@NotBlankIfPresent String> rulesetWaiver) {

    /** Checks for nulls. */
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(publiccode, "publiccode");
        Objects.requireNonNull(maintenanceType, "maintenanceType");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(ruleset, "ruleset");
        Objects.requireNonNull(rulesetWaiver, "rulesetWaiver");
    }

    /**
     * A project without ruleset choice, as a governance.yml 0.1 file describes it.
     *
     * @param id local id
     * @param name the name
     * @param repository the repository URL
     * @param publiccode its publiccode.yml
     * @param maintenanceType how it is maintained
     * @param criticality how critical it is
     * @param steward the lead organisation's id
     */
    public Project(
            String id,
            String name,
            String repository,
            Optional<String> publiccode,
            Optional<MaintenanceType> maintenanceType,
            Optional<Criticality> criticality,
            Optional<String> steward) {
        this(
                id,
                name,
                repository,
                publiccode,
                maintenanceType,
                criticality,
                steward,
                Optional.empty(),
                Optional.empty());
    }
}
