package eu.ospo.publiccode;

import eu.ospo.publiccode.internal.write.PubliccodeYamlWriter;
import eu.ospo.publiccode.model.PublicCode;

/**
 * Writes a {@link PublicCode} as {@code publiccode.yml} text in the latest version of the standard
 * ({@code publiccodeYmlVersion: "0"}). Parsing what it writes gives an equal model, apart from the
 * version, which is always written as {@value PubliccodeVersion#WRITTEN}. Thread-safe.
 *
 * <p>Keys come in the standard's order; absent values and empty lists are left out; dates are
 * written as {@code YYYY-MM-DD}; booleans that default to false ({@code dependsOn[].optional}, the
 * {@code IT} flags) are written only when true; the Italian section is always written as {@code IT}.
 * Strings that a YAML 1.2 or YAML 1.1 reader would take for anything but a string ({@code true},
 * {@code null}, {@code 0.10}, {@code yes}, {@code 2024-01-01}, ...) are quoted; multi-line text is
 * written as a literal block when that reads back exactly, else double-quoted.
 */
public final class PubliccodeWriter {

    private PubliccodeWriter() {}

    /**
     * Writes the model.
     *
     * @param publicCode the model
     * @return the YAML text, UTF-8, LF line endings
     */
    public static String write(PublicCode publicCode) {
        return PubliccodeYamlWriter.write(publicCode);
    }
}
