package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.internal.read.Codes;
import eu.ospo.yaml.internal.ProblemList;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/governance-yml.md and the governance.yml section of docs/problem-codes.md agree with the code. */
class DocsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern CODE = Pattern.compile("^\\| `([a-z0-9-]+\\.[a-z0-9-]+)` \\|");

    /** The fenced code blocks whose opening fence is exactly {@code fence} ({@code ```yaml}, {@code ```}). */
    private static List<String> blocks(String markdown, String fence) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        boolean open = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (open) {
                    if (current != null) {
                        blocks.add(current.toString());
                    }
                    current = null;
                    open = false;
                } else {
                    open = true;
                    current = line.equals(fence) ? new StringBuilder() : null;
                }
            } else if (open && current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String guide() throws IOException {
        return Files.readString(DOCS.resolve("governance-yml.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theGuidesExampleIsTheWorkedExampleFixture() throws IOException {
        String fixture = Fixtures.text("worked-example.yml");
        String withoutHeader = fixture.substring(fixture.indexOf('\n') + 1);

        assertThat(blocks(guide(), "```yaml")).contains(withoutHeader);
    }

    @Test
    void theGuidesTeamsAndOspoExcerptIsPartOfTheTeamsFixture() throws IOException {
        String fixture = Fixtures.text("teams-example.yml");
        String excerpt = blocks(guide(), "```yaml").stream()
                .filter(b -> b.startsWith("teams:"))
                .findFirst()
                .orElseThrow();

        assertThat(fixture).endsWith(excerpt);
    }

    @Test
    void theGuidesProblemLinesAreWhatTheParserSays() throws IOException {
        String example = blocks(guide(), "```yaml").stream()
                .filter(b -> b.startsWith("governanceYmlVersion"))
                .findFirst()
                .orElseThrow();
        String changed = example.replace("    provider: roma\n", "    provider: rome\n")
                .replace("    end: 2026-03-31\n", "    end: 2024-03-31\n");
        List<String> formatted = Fixtures.PARSER.parse(changed).problems().stream()
                .map(p -> p.format("governance.yml"))
                .toList();
        String shown = blocks(guide(), "```").stream()
                .filter(b -> b.startsWith("governance.yml:"))
                .findFirst()
                .orElseThrow();

        assertThat(formatted).containsExactly(shown.strip().split("\n"));
    }

    @Test
    void theProblemCodesSectionListsExactlyTheCodesTheParserReports() throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve("problem-codes.md"), StandardCharsets.UTF_8);
        Set<String> documented = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## governance.yml");
            } else if (inSection) {
                Matcher m = CODE.matcher(line);
                if (m.find()) {
                    documented.add(m.group(1));
                }
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Field field : Codes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                reported.add((String) get(field));
            }
        }
        reported.addAll(List.of(
                ProblemList.REQUIRED,
                ProblemList.UNKNOWN,
                ProblemList.WRONG_TYPE,
                ProblemList.EMPTY,
                ProblemList.NOT_ALLOWED,
                eu.ospo.yaml.internal.YamlLoader.NOT_MAPPING));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(reported);
        assertThat(guide())
                .contains(reported.stream().map(code -> "`" + code + "`").toList());
    }

    @Test
    void theGuideListsExactlyTheSemanticCodes() throws IOException {
        String guide = guide();
        String start = "<!-- semantic-codes -->\n";
        String list = guide.substring(guide.indexOf(start) + start.length(), guide.indexOf("<!-- /semantic-codes -->"));
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([a-z0-9.-]+)`").matcher(list);
        while (m.find()) {
            documented.add(m.group(1));
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(Codes.SEMANTIC);
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
