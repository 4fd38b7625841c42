package eu.ospo.publiccode.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One dependency ({@code dependsOn.open[]}, {@code .proprietary[]}, {@code .hardware[]}).
 *
 * @param name the dependency's name
 * @param versionMin the oldest compatible version
 * @param versionMax the newest compatible version
 * @param version the one compatible version
 * @param optional whether the software works without it
 */
public record Dependency(
        String name,
        Optional<String> versionMin,
        Optional<String> versionMax,
        Optional<String> version,
        boolean optional) {

    /** Checks for nulls. */
    public Dependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(versionMin, "versionMin");
        Objects.requireNonNull(versionMax, "versionMax");
        Objects.requireNonNull(version, "version");
    }
}
