package eu.ospo.governance.internal.report;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportFormat;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.ReportWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 report: one run; the driver lists every rule that has a finding; results only
 * for failures and exempted failures (the latter with an external, accepted suppression); problems
 * of the input files as tool execution notifications.
 */
public final class SarifReportWriter implements ReportWriter {

    /** The one instance. */
    public static final SarifReportWriter INSTANCE = new SarifReportWriter();

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";

    /** Used as the artifact of a finding without location: the file every rule reads. */
    static final String DEFAULT_ARTIFACT = "governance.yml";

    private SarifReportWriter() {}

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        JsonTrees.write(tree(evaluation, input), out);
    }

    static ObjectNode tree(Evaluation evaluation, ReportInput input) {
        ObjectNode root = JsonTrees.object();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ObjectNode run = root.putArray("runs").addObject();

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.NAME);
        driver.put("version", input.toolVersion());
        driver.put("informationUri", Tool.INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (Finding finding : evaluation.findings()) {
            if (!ruleIndex.containsKey(finding.ruleId())) {
                ruleIndex.put(finding.ruleId(), ruleIndex.size());
                rules.add(rule(finding, input));
            }
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", !input.hasErrors());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        input.problems().forEach(problem -> notifications.add(notification(problem)));

        run.put("columnKind", "unicodeCodePoints"); // YAML positions count code points
        ObjectNode properties = run.putObject("properties");
        properties.put("evaluationDate", evaluation.date().toString());
        properties.put("ruleset", evaluation.rulesetName());
        properties.put("passed", Tally.of(evaluation, input).passed());

        ArrayNode results = run.putArray("results");
        for (Finding finding : evaluation.findings()) {
            if (finding.status() == Status.FAIL || finding.status() == Status.EXEMPTED) {
                results.add(result(finding, ruleIndex.get(finding.ruleId())));
            }
        }
        return root;
    }

    /** error, warning or note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode rule(Finding finding, ReportInput input) {
        ObjectNode rule = JsonTrees.object();
        rule.put("id", finding.ruleId());
        rule.putObject("shortDescription")
                .put("text", input.description(finding.ruleId()).orElse(finding.ruleId()));
        rule.put("helpUri", finding.anchor().toString());
        rule.putObject("defaultConfiguration").put("level", level(finding.severity()));
        return rule;
    }

    private static ObjectNode result(Finding finding, int ruleIndex) {
        ObjectNode result = JsonTrees.object();
        result.put("ruleId", finding.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        List<Location> locations =
                finding.locations().isEmpty() ? List.of(Location.of(DEFAULT_ARTIFACT, "")) : finding.locations();
        ArrayNode array = result.putArray("locations");
        locations.forEach(location -> array.add(location(location)));
        if (finding.status() == Status.EXEMPTED) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", Exemptions.justification(finding));
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("status", finding.status().label());
        properties.set("evidence", JsonTrees.evidence(finding.evidence()));
        return result;
    }

    private static ObjectNode location(Location location) {
        ObjectNode object = JsonTrees.object();
        ObjectNode physical = object.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", location.file());
        if (location.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", location.line());
            if (location.column() > 0) {
                region.put("startColumn", location.column());
            }
        }
        if (!location.key().isEmpty()) {
            object.putArray("logicalLocations").addObject().put("fullyQualifiedName", location.key());
        }
        return object;
    }

    private static ObjectNode notification(FileProblem fileProblem) {
        Problem problem = fileProblem.problem();
        ObjectNode notification = JsonTrees.object();
        notification.putObject("descriptor").put("id", problem.code());
        notification.put("level", level(problem.severity()));
        notification.putObject("message").put("text", problem.message());
        notification
                .putArray("locations")
                .add(location(new Location(fileProblem.file(), problem.key(), problem.line(), problem.column())));
        return notification;
    }
}
