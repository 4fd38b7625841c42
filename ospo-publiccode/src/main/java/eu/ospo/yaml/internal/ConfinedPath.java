package eu.ospo.yaml.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a path a file names stays inside a base directory, the one rule every file reference
 * follows (publiccode.yml's logo, screenshots and authorsFile; a ruleset's {@code extends}): it must
 * be under the base lexically, and after symbolic links are followed. The real path is checked on
 * the file when it exists, else on its deepest existing ancestor, so the answer does not tell whether
 * a file outside the base exists; a path outside is never opened.
 */
public final class ConfinedPath {

    private ConfinedPath() {}

    /**
     * The path to open when it stays inside the base directory.
     *
     * @param base the base directory, absolute and normalised
     * @param realBase the base directory's real path, or empty when it does not exist on disk
     * @param resolved the path named, resolved against the base and normalised
     * @return the path to open (the real path when the file exists), or empty when it leaves the base
     */
    public static Optional<Path> within(Path base, Optional<Path> realBase, Path resolved) {
        if (!resolved.startsWith(base)) {
            return Optional.empty();
        }
        if (realBase.isEmpty()) {
            return Optional.of(resolved); // no base directory on disk: nothing under it exists either
        }
        Path existing = resolved;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(resolved);
        }
        // a missing file in the base directory itself (the usual missing logo): the base's real path is known
        Optional<Path> real = existing.equals(base) ? realBase : realPath(existing);
        if (real.isEmpty()) {
            return Optional.of(resolved); // vanished or unreadable: reported as missing
        }
        if (!real.get().startsWith(realBase.get())) {
            return Optional.empty();
        }
        return Optional.of(existing.equals(resolved) ? real.get() : resolved);
    }

    /**
     * A path's real path.
     *
     * @param path the path
     * @return its real path (links followed), or empty when it cannot be had
     */
    public static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
