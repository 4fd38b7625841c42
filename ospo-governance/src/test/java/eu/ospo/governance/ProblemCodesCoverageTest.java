package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code the code base can emit is documented in {@code docs/problem-codes.md}: the
 * main sources of every module are searched for code constants ({@code static final String X =
 * "family.name"}) and for codes written directly where a problem is made ({@code new Problem("...",
 * ...)}, {@code error("...", ...)}, {@code warning("...", ...)}), and each must appear in the first
 * column of a table of that file.
 */
class ProblemCodesCoverageTest {

    private static final Path ROOT = Path.of("..");

    private static final String CODE = "[a-z][a-z0-9]*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+";

    private static final Pattern CONSTANT = Pattern.compile("static final String\\s+\\w+\\s*=\\s*\"(" + CODE + ")\"");

    private static final Pattern WRITTEN_WHERE_MADE =
            Pattern.compile("(?:new Problem\\(|\\.error\\(|\\.warning\\(|\\.info\\()\\s*\"(" + CODE + ")\"");

    /** Constants of the code-like form that are no problem codes: host names, resource files, a system property. */
    private static final Set<String> NOT_CODES =
            Set.of("github.com", "gitlab.com", "bitbucket.org", "countries.codes", "registries.tables", "ospo.exit");

    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(yml|yaml|md|json|txt|html|sarif|properties)$");

    private static final Pattern DOCUMENTED = Pattern.compile("`(" + CODE + ")`");

    @Test
    void everyCodeTheSourcesCanEmitIsInProblemCodesMd() throws IOException {
        Map<String, Set<String>> found = codesInSources();
        Set<String> documented = documented();

        assertThat(found).as("the search finds the codes (sanity)").containsKeys("yaml.syntax", "value.identifier");
        Map<String, Set<String>> missing = new TreeMap<>(found);
        missing.keySet().removeAll(documented);
        assertThat(missing)
                .as("codes the sources emit that docs/problem-codes.md does not list (code -> where)")
                .isEmpty();
    }

    @Test
    void rulesMdListsEachRulesetCodeOnceAndAgreesWithProblemCodesMd() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| code | meaning |");
        assertThat(header).as("rules.md has the table of ruleset problems").isNotNegative();
        List<String> listed = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("| "); i++) {
            String first = lines.get(i).substring(2, lines.get(i).indexOf(" |", 2));
            Matcher m = DOCUMENTED.matcher(first);
            while (m.find()) {
                listed.add(m.group(1));
            }
        }

        assertThat(listed).as("codes in rules.md's table of ruleset problems").doesNotHaveDuplicates();
        assertThat(documented()).containsAll(listed);
        assertThat(listed)
                .containsAll(found(codesInSources(), "RulesetReader.java").stream()
                        .filter(code -> code.startsWith("ruleset.") || code.startsWith("file."))
                        .toList());
    }

    private static List<String> found(Map<String, Set<String>> codes, String file) {
        return codes.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(f -> f.endsWith(file)))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Code to the source files that define or write it. */
    private static Map<String, Set<String>> codesInSources() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("ospo-"))
                    .toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        for (Path source : sources) {
            String text = read(source);
            for (Pattern pattern : List.of(CONSTANT, WRITTEN_WHERE_MADE)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    String code = m.group(1);
                    if (!NOT_CODES.contains(code) && !FILE_NAME.matcher(code).matches()) {
                        found.computeIfAbsent(code, k -> new TreeSet<>())
                                .add(ROOT.relativize(source).toString());
                    }
                }
            }
        }
        return found;
    }

    /** The codes in the first column of the tables of docs/problem-codes.md. */
    private static Set<String> documented() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/problem-codes.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| ")) {
                String first = line.substring(2, Math.max(2, line.indexOf(" |", 2)));
                Matcher m = DOCUMENTED.matcher(first);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
