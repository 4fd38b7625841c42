package eu.ospo.cli.governance;

import eu.ospo.governance.report.ReportFormat;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@link ReportFormat} label ({@code text}, {@code json}, ...) in any case. */
public final class FormatConverter implements ITypeConverter<ReportFormat> {

    /** The converter picocli makes. */
    public FormatConverter() {}

    @Override
    public ReportFormat convert(String value) {
        return ReportFormat.parse(value)
                .orElseThrow(() -> new TypeConversionException("expected " + labels() + " but was '" + value + "'"));
    }

    /**
     * The labels in words.
     *
     * @return {@code text, json, sarif, markdown, github or html}
     */
    public static String labels() {
        String all =
                Arrays.stream(ReportFormat.values()).map(ReportFormat::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
