package eu.ospo.publiccode;

import eu.ospo.publiccode.model.PublicCode;

/**
 * Writes a {@link PublicCode} as {@code publiccode.yml} text in the latest version of the standard
 * ({@code publiccodeYmlVersion: "0"}). Parsing what it writes gives an equal model, apart from the
 * version, which is always written as {@value PubliccodeVersion#WRITTEN}. Thread-safe.
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
        throw new UnsupportedOperationException("TODO");
    }
}
