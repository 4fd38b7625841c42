package eu.ospo.model;

import eu.ospo.model.validation.NotBlankIfPresent;
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
 */
public record Project(
        @Slug String id,
        @NotBlank String name,
        @NotBlank String repository,
        Optional<@NotBlankIfPresent String> publiccode,
        Optional<MaintenanceType> maintenanceType,
        Optional<Criticality> criticality,
        Optional<@Slug String> steward) {

    /** Checks for nulls. */
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(publiccode, "publiccode");
        Objects.requireNonNull(maintenanceType, "maintenanceType");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(steward, "steward");
    }
}
