package eu.ospo.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.yaml.YamlLimits;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/limits.md lists every component of {@link YamlLimits} with the defaults the code has: {@link
 * YamlLimits#DEFAULT} for publiccode.yml and rulesets, {@link GovernanceParser#DEFAULT_LIMITS} (in
 * parentheses, {@code governance.yml: ...}, where it differs) for governance.yml.
 */
class LimitsDocTest {

    private static final Path LIMITS = Path.of("..", "docs", "limits.md");
    /** A quantity: digits with thousands separators, maybe in MiB. */
    private static final Pattern QUANTITY = Pattern.compile("([0-9][0-9,]*)( MiB)?");

    /** Columns of the table (0-based): limit, default, configured by, beyond it. */
    private static final int DEFAULT = 1;

    private static final int CONFIGURED_BY = 2;

    private static final Pattern GOVERNANCE = Pattern.compile("governance\\.yml: ([0-9][0-9,]*( MiB)?)");

    @Test
    void everyYamlLimitIsDocumentedWithItsDefaults() throws IOException {
        List<String> rows = Files.readAllLines(LIMITS, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| "))
                .toList();
        for (RecordComponent component : YamlLimits.class.getRecordComponents()) {
            String name = component.getName();
            List<String> matching = rows.stream()
                    .filter(row -> cell(row, CONFIGURED_BY).contains("`YamlLimits." + name + "`"))
                    .toList();
            assertThat(matching)
                    .as("rows of docs/limits.md whose column 'configured by' is YamlLimits.%s", name)
                    .hasSize(1);
            String defaults = cell(matching.get(0), DEFAULT);
            long documented = quantity(defaults).orElseThrow(() -> new AssertionError("no default in: " + defaults));
            assertThat(documented)
                    .as("YamlLimits.DEFAULT.%s in docs/limits.md (%s)", name, defaults)
                    .isEqualTo(value(YamlLimits.DEFAULT, component));
            Matcher governance = GOVERNANCE.matcher(defaults);
            long governanceDocumented =
                    governance.find() ? quantity(governance.group(1)).orElseThrow() : documented;
            assertThat(governanceDocumented)
                    .as("GovernanceParser.DEFAULT_LIMITS.%s in docs/limits.md (%s)", name, defaults)
                    .isEqualTo(value(GovernanceParser.DEFAULT_LIMITS, component));
        }
    }

    @Test
    void theReadmeLinksTheLimitsDocument() throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8))
                .contains("(docs/limits.md)");
    }

    /** A cell of a table row, trimmed; empty when the row has fewer cells. */
    static String cell(String row, int column) {
        String[] cells = row.split("\\|");
        return column + 1 < cells.length ? cells[column + 1].trim() : "";
    }

    /** The first quantity of a cell: {@code 4 MiB} is 4,194,304, {@code 100,000} is 100,000. */
    static Optional<Long> quantity(String cell) {
        Matcher matcher = QUANTITY.matcher(cell);
        if (!matcher.find()) {
            return Optional.empty();
        }
        long number = Long.parseLong(matcher.group(1).replace(",", ""));
        return Optional.of(matcher.group(2) == null ? number : number * 1024 * 1024);
    }

    private static long value(YamlLimits limits, RecordComponent component) {
        try {
            return ((Number) component.getAccessor().invoke(limits)).longValue();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
