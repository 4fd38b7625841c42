package eu.ospo.cli.publiccode;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code ospo publiccode validate} prints its results. */
public enum OutputFormat {
    /** One line per problem plus a summary line per file. */
    TEXT,
    /** One JSON array with an object per file. */
    JSON;

    /** Reads {@code text} or {@code json} (any case) and names both when the value is neither. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected text or json but was '" + value + "'");
            }
        }
    }
}
