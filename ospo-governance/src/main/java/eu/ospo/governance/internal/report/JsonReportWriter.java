package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.ReportWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON report (schema: {@code docs/report.schema.json}): tool, evaluation date, ruleset, passed,
 * summary, input problems, then every finding in evaluation order. Written as it goes with a
 * streaming generator.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The one instance. */
    public static final JsonReportWriter INSTANCE = new JsonReportWriter();

    private JsonReportWriter() {}

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        Tally tally = Tally.of(evaluation, input);
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeObjectPropertyStart("tool");
            json.writeStringProperty("name", Tool.NAME);
            json.writeStringProperty("version", input.toolVersion());
            json.writeEndObject();
            json.writeStringProperty("evaluationDate", evaluation.date().toString());
            json.writeStringProperty("ruleset", evaluation.rulesetName());
            json.writeBooleanProperty("passed", tally.passed());
            summary(json, tally);
            json.writeArrayPropertyStart("problems");
            ProblemOrder.sorted(input.problems()).forEach(problem -> JsonOutput.problem(json, problem));
            json.writeEndArray();
            json.writeArrayPropertyStart("findings");
            evaluation.findings().forEach(finding -> finding(json, finding));
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void summary(JsonGenerator json, Tally tally) {
        json.writeObjectPropertyStart("summary");
        json.writeNumberProperty("total", tally.total());
        json.writeObjectPropertyStart("byStatus");
        for (Status status : Status.values()) {
            json.writeNumberProperty(status.label(), tally.count(status));
        }
        json.writeEndObject();
        json.writeObjectPropertyStart("failuresBySeverity");
        for (Severity severity : Severity.values()) {
            json.writeNumberProperty(severity.label(), tally.failures(severity));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, Finding finding) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", finding.ruleId());
        json.writeStringProperty("severity", finding.severity().label());
        json.writeStringProperty("status", finding.status().label());
        json.writeStringProperty("message", finding.message());
        json.writeArrayPropertyStart("locations");
        finding.locations().forEach(location -> JsonOutput.location(json, location));
        json.writeEndArray();
        JsonOutput.evidence(json, "evidence", finding.evidence());
        json.writeStringProperty("anchor", finding.anchor().toString());
        json.writeEndObject();
    }
}
