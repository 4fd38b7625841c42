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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The SARIF 2.1.0 report: one run; the driver lists every rule that has a finding and every problem
 * code found; results for the problems of the input files (sorted by file, line and column; the code
 * is the rule id, the location the file relative to the checked directory with line and column, so
 * code scanning shows them on the file), then for failures and exempted failures (the latter with an
 * external, accepted suppression). Written as it goes with a streaming generator.
 */
public final class SarifReportWriter implements ReportWriter {

    /** The one instance. */
    public static final SarifReportWriter INSTANCE = new SarifReportWriter();

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";

    /** Where the problem codes are described. */
    static final String PROBLEM_CODES = Tool.INFORMATION_URI + "/blob/main/docs/problem-codes.md";

    /** Used as the artifact of a finding without location: the file every rule reads. */
    static final String DEFAULT_ARTIFACT = "governance.yml";

    private SarifReportWriter() {}

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        write(Optional.of(evaluation), input, out);
    }

    /**
     * Writes the log of the input problems and, when there is one, of the evaluation.
     *
     * @param evaluation the evaluation, or empty for a log of file problems only
     * @param input the problems
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(Optional<Evaluation> evaluation, ReportInput input, Writer out) throws IOException {
        List<FileProblem> problems = ProblemOrder.sorted(input.problems());
        List<Finding> findings = evaluation.map(Evaluation::findings).orElse(List.of());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Finding> ruleFindings = new ArrayList<>(); // the first finding of each rule
        for (Finding finding : findings) {
            if (!ruleIndex.containsKey(finding.ruleId())) {
                ruleIndex.put(finding.ruleId(), ruleIndex.size());
                ruleFindings.add(finding);
            }
        }
        Map<String, Severity> problemCodes = new LinkedHashMap<>(); // each code, at its first severity
        for (FileProblem problem : problems) {
            String code = problem.problem().code();
            if (!ruleIndex.containsKey(code)) {
                ruleIndex.put(code, ruleIndex.size());
                problemCodes.put(code, problem.problem().severity());
            }
        }
        boolean passed =
                !input.hasErrors() && evaluation.map(Evaluation::passed).orElse(true);
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeStringProperty("$schema", SCHEMA);
            json.writeStringProperty("version", VERSION);
            json.writeArrayPropertyStart("runs");
            json.writeStartObject();

            json.writeObjectPropertyStart("tool");
            json.writeObjectPropertyStart("driver");
            json.writeStringProperty("name", Tool.NAME);
            json.writeStringProperty("version", input.toolVersion());
            json.writeStringProperty("informationUri", Tool.INFORMATION_URI);
            json.writeArrayPropertyStart("rules");
            ruleFindings.forEach(finding -> rule(json, finding, input));
            problemCodes.forEach((code, severity) -> problemRule(json, code, severity));
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayPropertyStart("invocations");
            json.writeStartObject();
            json.writeBooleanProperty("executionSuccessful", true); // problems of the files are results
            json.writeEndObject();
            json.writeEndArray();

            json.writeStringProperty("columnKind", "unicodeCodePoints"); // YAML positions count code points
            json.writeObjectPropertyStart("properties");
            if (evaluation.isPresent()) {
                json.writeStringProperty(
                        "evaluationDate", evaluation.get().date().toString());
                json.writeStringProperty("ruleset", evaluation.get().rulesetName());
            }
            json.writeBooleanProperty("passed", passed);
            json.writeEndObject();

            json.writeArrayPropertyStart("results");
            for (FileProblem problem : problems) {
                result(json, problem, ruleIndex.get(problem.problem().code()));
            }
            for (Finding finding : findings) {
                if (finding.status() == Status.FAIL || finding.status() == Status.EXEMPTED) {
                    result(json, finding, ruleIndex.get(finding.ruleId()));
                }
            }
            json.writeEndArray();

            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** error, warning or note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void rule(JsonGenerator json, Finding finding, ReportInput input) {
        json.writeStartObject();
        json.writeStringProperty("id", finding.ruleId());
        json.writeObjectPropertyStart("shortDescription");
        json.writeStringProperty("text", input.description(finding.ruleId()).orElse(finding.ruleId()));
        json.writeEndObject();
        json.writeStringProperty("helpUri", finding.anchor().toString());
        json.writeObjectPropertyStart("defaultConfiguration");
        json.writeStringProperty("level", level(finding.severity()));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, Finding finding, int ruleIndex) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", finding.ruleId());
        json.writeNumberProperty("ruleIndex", ruleIndex);
        json.writeStringProperty("level", level(finding.severity()));
        message(json, finding.message());
        List<Location> locations =
                finding.locations().isEmpty() ? List.of(Location.of(DEFAULT_ARTIFACT, "")) : finding.locations();
        json.writeArrayPropertyStart("locations");
        locations.forEach(location -> location(json, location));
        json.writeEndArray();
        if (finding.status() == Status.EXEMPTED) {
            json.writeArrayPropertyStart("suppressions");
            json.writeStartObject();
            json.writeStringProperty("kind", "external");
            json.writeStringProperty("status", "accepted");
            json.writeStringProperty("justification", Exemptions.justification(finding));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("status", finding.status().label());
        JsonOutput.evidence(json, "evidence", finding.evidence());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void message(JsonGenerator json, String text) {
        json.writeObjectPropertyStart("message");
        json.writeStringProperty("text", text);
        json.writeEndObject();
    }

    private static void location(JsonGenerator json, Location location) {
        json.writeStartObject();
        json.writeObjectPropertyStart("physicalLocation");
        json.writeObjectPropertyStart("artifactLocation");
        json.writeStringProperty("uri", location.file());
        json.writeEndObject();
        if (location.line() > 0) {
            json.writeObjectPropertyStart("region");
            json.writeNumberProperty("startLine", location.line());
            if (location.column() > 0) {
                json.writeNumberProperty("startColumn", location.column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (!location.key().isEmpty()) {
            json.writeArrayPropertyStart("logicalLocations");
            json.writeStartObject();
            json.writeStringProperty("fullyQualifiedName", location.key());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** A problem code as a rule: reading the files is what checks it. */
    private static void problemRule(JsonGenerator json, String code, Severity severity) {
        json.writeStartObject();
        json.writeStringProperty("id", code);
        json.writeObjectPropertyStart("shortDescription");
        json.writeStringProperty("text", "Problem " + code + " found while reading an input file");
        json.writeEndObject();
        json.writeStringProperty("helpUri", PROBLEM_CODES);
        json.writeObjectPropertyStart("defaultConfiguration");
        json.writeStringProperty("level", level(severity));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A problem of an input file as a result at its place in the file. */
    private static void result(JsonGenerator json, FileProblem fileProblem, int ruleIndex) {
        Problem problem = fileProblem.problem();
        json.writeStartObject();
        json.writeStringProperty("ruleId", problem.code());
        json.writeNumberProperty("ruleIndex", ruleIndex);
        json.writeStringProperty("level", level(problem.severity()));
        message(json, problem.key().isEmpty() ? problem.message() : problem.key() + ": " + problem.message());
        json.writeArrayPropertyStart("locations");
        location(json, new Location(fileProblem.file(), problem.key(), problem.line(), problem.column()));
        json.writeEndArray();
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("kind", "problem");
        json.writeEndObject();
        json.writeEndObject();
    }
}
