package eu.ospo.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.problem.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report of hostile values, read by a real CommonMark parser with GitHub's tables (as
 * GitHub renders a pull-request comment): no raw HTML, no heading, table, row or cell that the report
 * did not write, and every value shown as written (its control characters escaped).
 */
class MarkdownInjectionTest {

    private static final Parser COMMONMARK =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Values that would be markup if copied into Markdown. */
    private static final List<String> HOSTILE = List.of(
            "a\r<img src=x onerror=alert(1)>",
            "name\n# Owned\n\n| x | y |\n| --- | --- |\n| 1 | 2 |",
            "x | y | z",
            "`code` ``` and \\| escaped \\ pipe",
            "&lt;script&gt; &amp; &#60;b&#62;",
            "*strong* __under__ _em_ ~~gone~~",
            "[link](https://evil.example) ![img](https://evil.example/x.png) <https://evil.example>",
            "<!-- comment --> <div>block</div>",
            "\r\n<script>alert(1)</script>\r\n",
            " leading and trailing ",
            "`",
            "\\",
            "trailing backslash \\",
            "- item\n1. item\n> quote\n    indented\n---\n===",
            "ok\r\n::error file=README.md,line=1::forged \u001b[31mred\u001b[0m \u202Egpj.exe",
            HostileCommunity.IMG,
            HostileCommunity.SCRIPT,
            HostileCommunity.RAW_TEXT);

    @Test
    void hostileValuesStayTextInEveryPlace() {
        for (String value : HOSTILE) {
            assertRendersLiterally(value, value, List.of(value, value + "|" + value));
        }
    }

    @Test
    void anyMixOfMarkdownCharactersStaysText() {
        String alphabet = "|`<>&*_[]\\\r\n# !()~-=:.1a\t/\"'";
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 24))
                .checkAssert(indexes -> {
                    StringBuilder value = new StringBuilder();
                    indexes.forEach(i -> value.append(alphabet.charAt(i)));
                    String text = value.toString();
                    assertRendersLiterally(text, "r" + text, List.of(text));
                });
    }

    /**
     * Renders a report whose every value from a file is the given one and checks its syntax tree.
     *
     * @param value the value of messages, keys, file names, codes and locations
     * @param rulesetName the ruleset's name
     * @param messages the findings' messages (one finding each)
     */
    private static void assertRendersLiterally(String value, String rulesetName, List<String> messages) {
        List<Finding> findings = new ArrayList<>();
        for (String message : messages) {
            findings.add(new Finding(
                    value.isBlank() ? "R" : value,
                    Severity.ERROR,
                    Status.FAIL,
                    message,
                    List.of(new Location(value, value, 3, 4), new Location("governance.yml", value, 0, 0)),
                    Map.of(),
                    SampleEvaluation.anchor("r")));
        }
        Evaluation evaluation = new Evaluation(SampleEvaluation.DATE, rulesetName, findings);
        ReportInput input = ReportInput.of("1")
                .withProblems(
                        value,
                        List.of(
                                Problem.of(value.isBlank() ? "c" : value, Severity.ERROR, value, 1, 2, value),
                                Problem.of("key.unknown", Severity.WARNING, value, 5, 6, "unknown " + value)));

        String markdown = Reports.asString(ReportFormat.MARKDOWN, evaluation, input);
        Node document = COMMONMARK.parse(markdown);

        assertThat(all(document, HtmlBlock.class)).as(markdown).isEmpty();
        assertThat(all(document, HtmlInline.class)).as(markdown).isEmpty();
        assertThat(all(document, Heading.class))
                .as(markdown)
                .extracting(MarkdownInjectionTest::text)
                .containsExactly("Governance check", "Problems in the input files", "Findings");
        assertThat(all(document, Paragraph.class))
                .as(markdown)
                .extracting(MarkdownInjectionTest::text)
                .containsExactly(
                        "Evaluated on 2025-05-01 with ruleset " + TerminalText.escape(rulesetName) + ": failed.");
        assertThat(all(document, Link.class)).as(markdown).hasSize(messages.size());

        List<TableBlock> tables = all(document, TableBlock.class);
        assertThat(tables).as(markdown).hasSize(3);
        assertThat(cells(tables.get(1)))
                .as(markdown)
                .containsExactly(
                        List.of("Severity", "File", "Position", "Key", "Problem", "Code"),
                        List.of(
                                "error",
                                shown(value),
                                "1:2",
                                shown(value),
                                shown(value),
                                shown(value.isBlank() ? "c" : value)),
                        List.of(
                                "warning",
                                shown(value),
                                "5:6",
                                shown(value),
                                shown("unknown " + value),
                                "key.unknown"));
        List<List<String>> findingRows = cells(tables.get(2));
        assertThat(findingRows).as(markdown).hasSize(1 + messages.size());
        for (int i = 0; i < messages.size(); i++) {
            assertThat(findingRows.get(1 + i))
                    .as(markdown)
                    .containsExactly(
                            "error",
                            "fail",
                            shown(value.isBlank() ? "R" : value),
                            shown(messages.get(i)),
                            (location(value, ":3:4", value) + "; " + location("governance.yml", "", value)).strip());
        }
    }

    /** What a value looks like once rendered in a cell: its control characters escaped, trimmed by the table. */
    private static String shown(String value) {
        return TerminalText.escape(value).strip();
    }

    /** {@code file:line:col key}, as a location reads (a part left out when empty). */
    private static String location(String file, String position, String key) {
        String where = TerminalText.escape(file + position);
        return key.isEmpty() ? where : where + " " + TerminalText.escape(key);
    }

    /** Each row's cells as text: head first, then body, each row as wide as it is written. */
    private static List<List<String>> cells(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : all(table, TableRow.class)) {
            assertThat(row.getParent()).isInstanceOfAny(TableHead.class, TableBody.class);
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                assertThat(cell).isInstanceOf(TableCell.class);
                cells.add(text(cell).strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The literal text under a node: text and code spans, a soft break as a new line. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof Text literal) {
            text.append(literal.getLiteral());
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            text.append('\n');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, text);
        }
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        visit(root, type, found);
        return found;
    }

    private static <T extends Node> void visit(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, type, found);
        }
    }
}
