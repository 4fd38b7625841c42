package eu.ospo.cli.governance;

import eu.ospo.governance.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code text}, {@code json}, {@code sarif} or {@code markdown} in any case. */
final class FormatConverter implements ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        return ReportFormat.parse(value)
                .orElseThrow(() ->
                        new TypeConversionException("expected text, json, sarif or markdown but was '" + value + "'"));
    }
}
