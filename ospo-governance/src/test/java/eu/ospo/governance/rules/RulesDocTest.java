package eu.ospo.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.internal.rules.ParameterSpec;
import eu.ospo.governance.internal.rules.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule tables of {@code docs/rules.md} identical to the code: the text between each pair
 * of {@code <!-- generated:NAME:begin -->} and {@code <!-- generated:NAME:end -->} markers must be
 * what {@link #catalogue()} and {@link #parameters()} produce. Run with {@code
 * -Dospo.updateDocs=true} to rewrite the file instead of failing.
 */
class RulesDocTest {

    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void docsListTheDefaultRulesetAsTheCodeDefinesIt() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = replace(replace(doc, "catalogue", catalogue()), "parameters", parameters());
        if (!expected.equals(doc) && Boolean.getBoolean("ospo.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc)
                .as("docs/rules.md is out of date; run RulesDocTest with -Dospo.updateDocs=true")
                .isEqualTo(expected);
    }

    private static String replace(String doc, String name, String content) {
        String begin = "<!-- generated:" + name + ":begin -->\n";
        String end = "<!-- generated:" + name + ":end -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/rules.md has the marker " + begin.strip()).isNotNegative();
        assertThat(to).as("docs/rules.md has the marker " + end).isGreaterThan(from);
        return doc.substring(0, from + begin.length()) + content + doc.substring(to);
    }

    static String catalogue() {
        StringBuilder table = new StringBuilder();
        table.append("| Rule | Severity | Parameters (defaults) | Statement | Anchor |\n");
        table.append("| --- | --- | --- | --- | --- |\n");
        for (Rule rule : GovernanceRules.defaultRules()) {
            String parameters = rule.defaultParameters().isEmpty()
                    ? "—"
                    : rule.defaultParameters().entrySet().stream()
                            .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`")
                            .collect(Collectors.joining(", "));
            table.append("| `")
                    .append(rule.id())
                    .append("` | ")
                    .append(rule.defaultSeverity().label())
                    .append(" | ")
                    .append(parameters)
                    .append(" | ")
                    .append(cell(rule.description()))
                    .append(" | [")
                    .append(rule.anchor().getHost())
                    .append("](")
                    .append(rule.anchor())
                    .append(") |\n");
        }
        return table.toString();
    }

    static String parameters() {
        StringBuilder table = new StringBuilder();
        table.append("| Rule | Parameter | Default | Accepts | Meaning |\n");
        table.append("| --- | --- | --- | --- | --- |\n");
        for (Rule rule : GovernanceRules.defaultRules()) {
            List<ParameterSpec> specs = ((RuleDefinition) rule).parameters();
            for (ParameterSpec spec : specs) {
                table.append("| `")
                        .append(rule.id())
                        .append("` | `")
                        .append(spec.name())
                        .append("` | ")
                        .append(spec.defaultValue())
                        .append(" | ")
                        .append(spec.kind().expectation())
                        .append(" | ")
                        .append(cell(spec.description()))
                        .append(" |\n");
            }
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
