package eu.ospo.cli.publiccode;

import eu.ospo.problem.Problem;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON output: a pretty-printed array with one object per file, fields in a fixed order:
 * {@code file, valid, problems[type, code, key, line, column, description]}.
 */
final class JsonReport {

    private JsonReport() {}

    static void print(List<FileOutcome> outcomes, PrintWriter out) {
        JsonMapper mapper = JsonMapper.builder()
                // field order = record component order; never alphabetical (a Jackson 3 default)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        List<FileJson> files = outcomes.stream().map(FileJson::of).toList();
        out.println(mapper.writeValueAsString(files));
    }

    /** One file; components in output order. */
    record FileJson(String file, boolean valid, List<ProblemJson> problems) {
        static FileJson of(FileOutcome outcome) {
            return new FileJson(
                    outcome.file(),
                    outcome.verdict().isValid(),
                    outcome.problems().stream().map(ProblemJson::of).toList());
        }
    }

    /** One problem; components in output order. */
    record ProblemJson(String type, String code, String key, int line, int column, String description) {
        static ProblemJson of(Problem problem) {
            return new ProblemJson(
                    problem.severity().label(),
                    problem.code(),
                    problem.key(),
                    problem.line(),
                    problem.column(),
                    problem.message());
        }
    }
}
