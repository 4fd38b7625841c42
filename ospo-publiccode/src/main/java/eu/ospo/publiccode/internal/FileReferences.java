package eu.ospo.publiccode.internal;

import eu.ospo.publiccode.internal.check.PngHeader;
import eu.ospo.publiccode.internal.net.FileRole;
import eu.ospo.publiccode.internal.net.OnlineChecks;
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
import java.util.regex.Pattern;

/**
 * Checks file references ({@code logo}, {@code monochromeLogo}, {@code screenshots}, {@code
 * authorsFile}). Absolute paths and {@code file:} URLs are always refused; with file checks on, a
 * relative reference must have an allowed extension, exist under the base directory, and, for PNG,
 * start with a valid PNG header. Absolute URLs, and relative ones when the file has a remote base,
 * are left to the {@link OnlineChecks} (not checked at all without network).
 */
final class FileReferences {

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Optional<Path> base;
    private final boolean enabled;
    private final ProblemList problems;
    private final OnlineChecks online;

    FileReferences(Optional<Path> base, boolean enabled, ProblemList problems, OnlineChecks online) {
        this.base = base;
        this.enabled = enabled;
        this.problems = problems;
        this.online = online;
    }

    /** A logo field: read, checked, returned. */
    Optional<String> logo(MappingReader mapping, String name) {
        Optional<Text> text = mapping.text(name);
        text.ifPresent(t -> check(t, t.key(), FileRole.LOGO));
        return text.map(Text::value);
    }

    void screenshot(Text item) {
        check(item, item.at(), FileRole.SCREENSHOT);
    }

    void authorsFile(Text text) {
        check(text, text.key(), FileRole.AUTHORS);
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
        if (!enabled || online.file(kind, text, at) || URI_SCHEME.matcher(value).find()) {
            return; // off, checked online, or an absolute URL without network
        }
        Optional<Path> resolved = resolve(value);
        String shown = ProblemList.echo(resolved.map(Path::toString).orElse(value));
        String lower = value.toLowerCase(Locale.ROOT);
        if (!extensions.isEmpty() && extensions.stream().noneMatch(lower::endsWith)) {
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
        if (resolved.isEmpty() || !Files.isRegularFile(resolved.get())) {
            String missing = "no such file: " + shown;
            String message = switch (kind) {
                case LOGO -> missing;
                case SCREENSHOT -> quoted + "is not an image: " + missing;
                case AUTHORS -> "'" + shown + "' does not exist: " + missing;
            };
            problems.error(Codes.FILE_MISSING, text.path(), at, message, "path", shown);
            return;
        }
        if (kind == FileRole.LOGO && lower.endsWith(".png") && !isPng(resolved.get())) {
            problems.error(Codes.FILE_NOT_PNG, text.path(), at, "image: unknown format", "path", shown);
        }
    }

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

    /** Reads the signature and the header chunk: what decoding the image's configuration needs. */
    private static boolean isPng(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PngHeader.isValid(in.readNBytes(PngHeader.LENGTH));
        } catch (IOException e) {
            return false;
        }
    }
}
