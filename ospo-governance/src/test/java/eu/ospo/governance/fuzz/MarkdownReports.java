package eu.ospo.governance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.rules.Evaluation;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown report as a CommonMark renderer with GFM tables reads it (commonmark-java, as GitHub
 * and GitLab render Markdown): no raw HTML reaches the page, and the file's content adds no heading
 * and no table row.
 */
final class MarkdownReports {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownReports() {}

    static void assertSafe(String markdown, Evaluation evaluation, ReportInput input) {
        Node document = PARSER.parse(markdown);
        List<String> html = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<TableBlock> tables = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof HtmlBlock block) {
                html.add(block.getLiteral());
            } else if (node instanceof HtmlInline inline) {
                html.add(inline.getLiteral());
            } else if (node instanceof Heading heading) {
                headings.add(heading);
            } else if (node instanceof TableBlock table) {
                tables.add(table);
            }
        });
        assertThat(html).as("raw HTML in\n%s", markdown).isEmpty();
        assertThat(headings.stream().filter(h -> h.getLevel() == 1).count())
                .as("level-1 headings in\n%s", markdown)
                .isEqualTo(1);
        for (TableBlock table : tables) {
            List<String> header = header(table);
            int rows = rows(table);
            if (header.contains("Status")) {
                assertThat(rows)
                        .as("rows of the findings table in\n%s", markdown)
                        .isEqualTo(evaluation.findings().size());
            } else if (header.contains("File")) {
                assertThat(rows)
                        .as("rows of the problems table in\n%s", markdown)
                        .isEqualTo(input.problems().size());
            }
        }
    }

    private static List<String> header(TableBlock table) {
        List<String> cells = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) {
                walk(part, node -> {
                    if (node instanceof TableCell cell) {
                        cells.add(text(cell));
                    }
                });
            }
        }
        return cells;
    }

    private static int rows(TableBlock table) {
        int rows = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        walk(node, n -> {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString().strip();
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, visit);
        }
    }
}
