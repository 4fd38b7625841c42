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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report (schema: {@code docs/report.schema.json}): tool, evaluation date, ruleset, passed,
 * summary, input problems, then every finding in evaluation order.
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
        JsonTrees.write(tree(evaluation, input), out);
    }

    static ObjectNode tree(Evaluation evaluation, ReportInput input) {
        Tally tally = Tally.of(evaluation, input);
        ObjectNode root = JsonTrees.object();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Tool.NAME);
        tool.put("version", input.toolVersion());
        root.put("evaluationDate", evaluation.date().toString());
        root.put("ruleset", evaluation.rulesetName());
        root.put("passed", tally.passed());
        root.set("summary", summary(tally));
        ArrayNode problems = root.putArray("problems");
        input.problems().forEach(problem -> problems.add(JsonTrees.problem(problem)));
        ArrayNode findings = root.putArray("findings");
        evaluation.findings().forEach(finding -> findings.add(finding(finding)));
        return root;
    }

    private static ObjectNode summary(Tally tally) {
        ObjectNode summary = JsonTrees.object();
        summary.put("total", tally.total());
        ObjectNode byStatus = summary.putObject("byStatus");
        for (Status status : Status.values()) {
            byStatus.put(status.label(), tally.count(status));
        }
        ObjectNode failures = summary.putObject("failuresBySeverity");
        for (Severity severity : Severity.values()) {
            failures.put(severity.label(), tally.failures(severity));
        }
        return summary;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode object = JsonTrees.object();
        object.put("ruleId", finding.ruleId());
        object.put("severity", finding.severity().label());
        object.put("status", finding.status().label());
        object.put("message", finding.message());
        ArrayNode locations = object.putArray("locations");
        finding.locations().forEach(location -> locations.add(JsonTrees.location(location)));
        object.set("evidence", JsonTrees.evidence(finding.evidence()));
        object.put("anchor", finding.anchor().toString());
        return object;
    }
}
