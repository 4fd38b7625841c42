package eu.ospo.cli.check;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code ospo check} writes: the text report, or the HTML dashboard. */
enum CheckFormat {
    /** The readable text report. */
    TEXT,
    /** The HTML dashboard of the repository's community, with the publiccode.yml problems. */
    HTML;

    /** Reads {@code text} or {@code html} in any case. */
    static final class Converter implements ITypeConverter<CheckFormat> {
        @Override
        public CheckFormat convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "text" -> TEXT;
                case "html" -> HTML;
                default -> throw new TypeConversionException("expected text or html but was '" + value + "'");
            };
        }
    }
}
