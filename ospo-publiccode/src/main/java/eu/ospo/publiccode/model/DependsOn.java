package eu.ospo.publiccode.model;

import java.util.List;

/**
 * {@code dependsOn}.
 *
 * @param open open-source dependencies
 * @param proprietary proprietary dependencies
 * @param hardware hardware dependencies
 */
public record DependsOn(List<Dependency> open, List<Dependency> proprietary, List<Dependency> hardware) {

    /** Copies the lists. */
    public DependsOn {
        open = List.copyOf(open);
        proprietary = List.copyOf(proprietary);
        hardware = List.copyOf(hardware);
    }
}
