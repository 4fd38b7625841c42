package eu.ospo.publiccode.internal;

import eu.ospo.publiccode.internal.check.PngHeader;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.publiccode.internal.net.FileRole;
import eu.ospo.publiccode.internal.net.OnlineChecks;
import eu.ospo.yaml.internal.ConfinedPath;
import eu.ospo.yaml.internal.MappingReader;
import eu.ospo.yaml.internal.MappingReader.Text;
import eu.ospo.yaml.internal.ProblemList;
import eu.ospo.yaml.internal.ProblemList.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks file references ({@code logo}, {@code monochromeLogo}, {@code screenshots}, {@code
 * authorsFile}). Absolute paths and {@code file:} URLs are always refused; with file checks on, a
 * relative reference must have an allowed extension, stay inside the base directory, exist there as a
 * regular file and, for PNG, start with a valid PNG header. Absolute URLs, and relative ones when the
 * file has a remote base, are left to the {@link OnlineChecks} (not checked at all without network).
 *
 * <p>Confinement: a reference that leaves the base directory, by {@code ..} or through a symbolic
 * link anywhere on its way, is {@code file.outside-base} and never opened, whether or not its target
 * exists (so the answer tells nothing about files outside). Messages show paths relative to the base
 * directory, never the machine's absolute paths. An empty {@code logo}, {@code monochromeLogo} or
 * {@code authorsFile} counts as absent, as in the reference validator.
 */
final class FileReferences {

    private final Optional<Path> base;
    private final boolean enabled;
    private final ProblemList problems;
    private final OnlineChecks online;
    /** The base directory with every symbolic link resolved; empty when it does not exist. */
    private final Optional<Path> realBase;

    FileReferences(Optional<Path> base, boolean enabled, ProblemList problems, OnlineChecks online) {
        this.base = base.map(b -> b.toAbsolutePath().normalize());
        this.enabled = enabled;
        this.problems = problems;
        this.online = online;
        this.realBase = enabled ? this.base.flatMap(ConfinedPath::realPath) : Optional.empty();
    }

    /** A logo field: read, checked, returned; an empty value is no logo. */
    Optional<String> logo(MappingReader mapping, String name) {
        Optional<Text> text = mapping.text(name).filter(t -> !t.value().isEmpty());
        text.ifPresent(t -> check(t, t.key(), FileRole.LOGO));
        return text.map(Text::value);
    }

    void screenshot(Text item) {
        check(item, item.at(), FileRole.SCREENSHOT);
    }

    /** The authors file; an empty value is not checked. */
    void authorsFile(Text text) {
        if (!text.value().isEmpty()) {
            check(text, text.key(), FileRole.AUTHORS);
        }
    }

    private void check(Text text, Position at, FileRole kind) {
        List<String> extensions = kind.extensions();
        String value = text.value();
        String quoted = "'" + ProblemList.echo(value) + "' ";
        if (value.startsWith("/")) {
            problems.error(
                    Codes.FILE_ABSOLUTE,
                    text.path(),
                    at,
                    quoted + "is an absolute path. Only relative paths or HTTP(s) URLs allowed",
                    "value",
                    value);
            return;
        }
        if (value.regionMatches(true, 0, "file:", 0, 5)) {
            problems.error(
                    Codes.FILE_URL,
                    text.path(),
                    at,
                    quoted + "is a file:// URL. Only relative paths or HTTP(s) URLs allowed",
                    "value",
                    value);
            return;
        }
        if (!enabled || online.file(kind, text, at) || Urls.hasScheme(value)) {
            return; // off, checked online, or an absolute URL without network
        }
        Optional<Path> resolved = resolve(value);
        // a path inside is shown relative to the base directory; one outside as written
        String shown = ProblemList.echo(resolved.filter(p -> p.startsWith(base.get()))
                .map(this::relative)
                .orElse(value));
        String lower = value.toLowerCase(Locale.ROOT);
        if (!extensions.isEmpty() && !endsWithAny(lower, extensions)) {
            problems.error(
                    Codes.FILE_EXTENSION,
                    text.path(),
                    at,
                    (kind == FileRole.SCREENSHOT ? quoted + "is not an image: " : "") + "invalid file extension for: "
                            + shown,
                    "allowed",
                    String.join(",", extensions));
            return;
        }
        if (base.isEmpty()) {
            return;
        }
        Optional<Path> inside = resolved.flatMap(this::confined);
        if (resolved.isPresent() && inside.isEmpty()) {
            problems.error(
                    Codes.FILE_OUTSIDE_BASE,
                    text.path(),
                    at,
                    quoted + "is outside the base directory: a file reference must stay inside the repository",
                    "value",
                    value);
            return;
        }
        if (inside.isEmpty() || !Files.isRegularFile(inside.get())) {
            String missing = "no such file: " + shown;
            String message = switch (kind) {
                case LOGO -> missing;
                case SCREENSHOT -> quoted + "is not an image: " + missing;
                case AUTHORS -> "'" + shown + "' does not exist: " + missing;
            };
            problems.error(Codes.FILE_MISSING, text.path(), at, message, "path", shown);
            return;
        }
        if (kind == FileRole.LOGO && lower.endsWith(".png") && !isPng(inside.get())) {
            problems.error(Codes.FILE_NOT_PNG, text.path(), at, "image: unknown format", "path", shown);
        }
    }

    private static boolean endsWithAny(String value, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (value.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The reference resolved against the base directory, {@code ..} removed; empty if not a path. */
    private Optional<Path> resolve(String value) {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(base.get().resolve(value).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A resolved path as shown in messages: relative to the base directory. */
    private String relative(Path resolved) {
        Path relative = base.get().relativize(resolved);
        return relative.toString().isEmpty() ? "." : relative.toString();
    }

    /**
     * The path to open, when the reference stays inside the base directory: lexically (no {@code ..}
     * out of it) and after following symbolic links, checked on the file itself when it exists, else on
     * its deepest existing ancestor, so a missing file behind a link that leads out is outside too.
     */
    private Optional<Path> confined(Path resolved) {
        return ConfinedPath.within(base.get(), realBase, resolved);
    }

    /** Reads the signature and the header chunk: what decoding the image's configuration needs. */
    private static boolean isPng(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PngHeader.isValid(in.readNBytes(PngHeader.LENGTH));
        } catch (IOException e) {
            return false;
        }
    }
}
