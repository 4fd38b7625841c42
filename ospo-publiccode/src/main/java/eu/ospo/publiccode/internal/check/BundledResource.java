package eu.ospo.publiccode.internal.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a data file bundled next to the classes of this package. The files live in this module's
 * own package, so {@link Class#getResourceAsStream} finds them on the class path and on the module
 * path alike, with no {@code opens} needed.
 */
final class BundledResource {
    private BundledResource() {}

    /**
     * Opens the named file of this package.
     *
     * @throws IllegalStateException if the file is missing (a broken build, not bad input)
     */
    static InputStream open(String name) {
        InputStream in = BundledResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + name);
        }
        return in;
    }

    /** The lines of the named UTF-8 file, without line terminators. */
    static List<String> lines(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    /** The whole named UTF-8 file as one string. */
    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
