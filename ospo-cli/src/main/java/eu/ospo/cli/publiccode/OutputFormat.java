package eu.ospo.cli.publiccode;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code ospo publiccode validate} prints its results. */
public enum OutputFormat {
    /** One line per problem plus a summary line per file. */
    TEXT,
    /** One JSON array with an object per file. */
    JSON,
    /** SARIF 2.1.0: one result per problem, at its file, line and column (code scanning). */
    SARIF,
    /** GitHub Actions workflow commands: one annotation per problem, then a result line. */
    GITHUB;

    /** Reads {@code text}, {@code json}, {@code sarif} or {@code github} (any case) and names them when the value is none. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected text, json, sarif or github but was '" + value + "'");
            }
        }
    }
}
