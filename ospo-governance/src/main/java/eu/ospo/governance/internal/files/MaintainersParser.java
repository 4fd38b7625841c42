package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.Maintainer;
import eu.ospo.governance.files.Maintainers;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code MAINTAINERS} files best effort: Markdown tables with a header row, bullet lists
 * ({@code - Name (@handle), Affiliation}), kernel-style tagged blocks ({@code M: Name <email>}) and
 * plain {@code Name <email>} lines. Headings with "emeritus", "former", "alumni", "past", "retired"
 * or "inactive" mark the people below them as emeritus. A list item or table row from which no name,
 * handle or e-mail address can be read is reported with its line; prose is ignored.
 */
public final class MaintainersParser {

    /** Problem code: a list item or row that names nobody readable. */
    public static final String UNREADABLE = "maintainers.unreadable-line";
    /** Problem code: a table row with another number of cells than its header. */
    public static final String COLUMNS = "maintainers.table-columns";
    /** Problem code: the same handle listed twice. */
    public static final String DUPLICATE = "maintainers.duplicate-handle";
    /** Problem code: nobody could be read from the file. */
    public static final String EMPTY = "maintainers.empty";

    private static final Pattern HEADING = Pattern.compile("\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern SETEXT = Pattern.compile("\\s{0,3}(=+|-+)\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*");
    private static final Pattern TAG = Pattern.compile("([A-Z]):\\s*(.*)");
    private static final Pattern ITEM = Pattern.compile("\\s*(?:[-*+]|\\d+[.)])\\s+(.*)");
    private static final Pattern ANGLE_EMAIL = Pattern.compile("<(?:mailto:)?([^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s@]+)>");
    private static final Pattern EMAIL =
            Pattern.compile("(?:mailto:)?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern HANDLE =
            Pattern.compile("(?<![\\w@./])@([A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9])");
    private static final Pattern FORGE_URL = Pattern.compile(
            "https?://(?:www\\.)?(?:github\\.com|gitlab\\.com)/([A-Za-z0-9][A-Za-z0-9_.-]*)/?(?=[)\\s>\\]]|$)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern EMERITUS =
            Pattern.compile("(?i).*\\b(emeritus|emeriti|former|alumni|past|retired|inactive)\\b.*");

    private final List<Problem> problems;
    private final List<Maintainer> people = new ArrayList<>();
    private final Map<String, Integer> handles = new HashMap<>();
    private int tables;
    private int items;
    private int tagged;
    private int plain;

    private MaintainersParser(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Parses a file's text.
     *
     * @param path its path in the repository
     * @param text the text
     * @param problems problems found while reading (kept first)
     * @return the people and the problems
     */
    public static RepositoryFile<Maintainers> parse(String path, TextFile text, List<Problem> problems) {
        MaintainersParser parser = new MaintainersParser(new ArrayList<>(problems));
        parser.read(text.lines());
        Maintainers.Shape shape = parser.shape();
        if (parser.people.isEmpty()) {
            parser.problems.add(
                    Problem.of(
                            EMPTY,
                            Severity.WARNING,
                            "",
                            0,
                            0,
                            "no maintainer could be read (expected a table with a header row, a list, M: lines or Name <email> lines)"));
        }
        return new RepositoryFile<>(path, Optional.of(new Maintainers(shape, parser.people)), parser.problems);
    }

    private Maintainers.Shape shape() {
        int most = Math.max(Math.max(tables, items), Math.max(tagged, plain));
        if (most == 0) {
            return Maintainers.Shape.UNKNOWN;
        }
        if (most == tables) {
            return Maintainers.Shape.TABLE;
        }
        if (most == tagged) {
            return Maintainers.Shape.TAGGED;
        }
        return most == items ? Maintainers.Shape.LIST : Maintainers.Shape.LINES;
    }

    private void read(List<String> lines) {
        boolean emeritus = false;
        boolean fenced = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int number = i + 1;
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                i++;
                continue;
            }
            if (fenced || line.isBlank()) {
                i++;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                emeritus = EMERITUS.matcher(heading.group(2)).matches();
                i++;
                continue;
            }
            if (i + 1 < lines.size()
                    && SETEXT.matcher(lines.get(i + 1)).matches()
                    && !line.contains("|")
                    && !ITEM.matcher(line).matches()) {
                emeritus = EMERITUS.matcher(line).matches();
                i += 2;
                continue;
            }
            if (line.contains("|")
                    && i + 1 < lines.size()
                    && SEPARATOR.matcher(lines.get(i + 1)).matches()) {
                i = table(lines, i, emeritus);
                continue;
            }
            Matcher tag = TAG.matcher(line);
            if (tag.matches()) {
                if (tag.group(1).equals("M") || tag.group(1).equals("R")) {
                    tagged++;
                    entry(number, tag.group(2), emeritus);
                }
                i++;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                items++;
                entry(number, item.group(1), emeritus);
            } else if (ANGLE_EMAIL.matcher(line).find()) {
                plain++;
                entry(number, line.strip(), emeritus);
            }
            i++;
        }
    }

    private int table(List<String> lines, int headerIndex, boolean emeritus) {
        List<String> header = cells(lines.get(headerIndex));
        int name = -1;
        int handle = -1;
        int email = -1;
        int affiliation = -1;
        for (int c = 0; c < header.size(); c++) {
            String title =
                    header.get(c).toLowerCase(Locale.ROOT).replace("*", "").strip();
            if (email < 0 && title.contains("mail")) {
                email = c;
            } else if (handle < 0
                    && (title.contains("github")
                            || title.contains("gitlab")
                            || title.contains("handle")
                            || title.contains("user")
                            || title.contains("login")
                            || title.equals("id"))) {
                handle = c;
            } else if (affiliation < 0
                    && (title.contains("affiliation")
                            || title.contains("company")
                            || title.contains("organi")
                            || title.contains("employer")
                            || title.equals("org"))) {
                affiliation = c;
            } else if (name < 0
                    && (title.contains("name") || title.startsWith("maintainer") || title.equals("person"))) {
                name = c;
            }
        }
        int i = headerIndex + 2;
        boolean peopleTable = name >= 0 || handle >= 0 || email >= 0;
        while (i < lines.size() && lines.get(i).contains("|")) {
            if (peopleTable) {
                tables++;
                row(i + 1, lines.get(i), header.size(), name, handle, email, affiliation, emeritus);
            }
            i++;
        }
        return i;
    }

    private void row(
            int number, String line, int width, int name, int handle, int email, int affiliation, boolean emeritus) {
        List<String> cells = cells(line);
        if (cells.size() != width) {
            problems.add(new Problem(
                    COLUMNS,
                    Severity.WARNING,
                    "",
                    number,
                    1,
                    "this row has " + cells.size() + " cells but the header has " + width,
                    Map.of("cells", Integer.toString(cells.size()), "header", Integer.toString(width))));
        }
        String nameText = text(cell(cells, name));
        Optional<String> handleText = Optional.of(cell(cells, handle))
                .flatMap(MaintainersParser::handleCell)
                .or(() -> handleIn(cell(cells, name)));
        Optional<String> emailText = emailIn(cell(cells, email)).or(() -> emailIn(cell(cells, name)));
        Optional<String> affiliationText =
                Optional.of(text(cell(cells, affiliation))).filter(s -> !s.isEmpty());
        add(number, nameText, handleText, emailText, affiliationText, emeritus, line);
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    private static List<String> cells(String line) {
        String body = line.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Reads a list item or plain line: name, then (@handle), <email>, links and an affiliation. */
    private void entry(int number, String raw, boolean emeritus) {
        String text = raw.replace("**", "").replace("__", "").replace("`", "").strip();
        List<String> several = new ArrayList<>();
        Matcher handles = HANDLE.matcher(text);
        while (handles.find()) {
            several.add(handles.group(1));
        }
        if (several.size() > 1 && emailIn(text).isEmpty()) { // "area: @a, @b": the people of an area
            several.forEach(h -> add(number, "", Optional.of(h), Optional.empty(), Optional.empty(), emeritus, raw));
            return;
        }
        Optional<String> email = emailIn(text);
        Optional<String> handle = handleIn(text);
        String name = "";
        String rest;
        Matcher link = LINK.matcher(text);
        if (link.lookingAt()) {
            String label = link.group(1).strip();
            if (label.startsWith("@")) {
                handle = handle.or(() -> Optional.of(label.substring(1)));
            } else {
                name = label;
            }
            rest = text.substring(link.end());
        } else {
            int cut = firstOf(text, "(", "<", "[", ",", " - ", " – ", " — ", "|", "@", "http://", "https://", ":");
            name = text.substring(0, cut).strip();
            rest = text.substring(cut);
            if (EMAIL.matcher(name).find()) {
                name = "";
            }
        }
        String affiliation = rest.replaceAll(LINK.pattern(), " ")
                .replaceAll(ANGLE_EMAIL.pattern(), " ")
                .replaceAll(EMAIL.pattern(), " ")
                .replaceAll("https?://\\S+", " ")
                .replaceAll(HANDLE.pattern(), " ")
                .replaceAll("\\(\\s*\\)", " ")
                .replaceAll("[()\\[\\]<>,|:;–—]", " ")
                .replaceAll("(^|\\s)-(\\s|$)", " ")
                .replaceAll("\\s+", " ")
                .strip();
        add(number, name, handle, email, Optional.of(affiliation).filter(s -> !s.isEmpty()), emeritus, raw);
    }

    private void add(
            int number,
            String name,
            Optional<String> handle,
            Optional<String> email,
            Optional<String> affiliation,
            boolean emeritus,
            String line) {
        if (name.codePoints().noneMatch(Character::isLetter)) {
            name = "";
        }
        if (name.isEmpty() && handle.isEmpty() && email.isEmpty()) {
            problems.add(new Problem(
                    UNREADABLE,
                    Severity.WARNING,
                    "",
                    number,
                    1,
                    "no name, handle or e-mail address could be read from this line",
                    Map.of("line", line.length() > 80 ? line.substring(0, 80) : line)));
            return;
        }
        if (handle.isPresent()) {
            Integer earlier = handles.putIfAbsent(handle.get().toLowerCase(Locale.ROOT), number);
            if (earlier != null) {
                problems.add(new Problem(
                        DUPLICATE,
                        Severity.WARNING,
                        "",
                        number,
                        1,
                        "@" + handle.get() + " is already listed on line " + earlier,
                        Map.of("handle", handle.get(), "line", Integer.toString(earlier))));
            }
        }
        people.add(new Maintainer(
                number, name, handle, email.map(e -> e.toLowerCase(Locale.ROOT)), affiliation, emeritus));
    }

    private static int firstOf(String text, String... marks) {
        int cut = text.length();
        for (String mark : marks) {
            int at = text.indexOf(mark);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cut;
    }

    private static String text(String cell) {
        return LINK.matcher(cell)
                .replaceAll("$1")
                .replace("**", "")
                .replace("`", "")
                .strip();
    }

    private static Optional<String> emailIn(String text) {
        Matcher angle = ANGLE_EMAIL.matcher(text);
        if (angle.find()) {
            return Optional.of(angle.group(1));
        }
        Matcher bare = EMAIL.matcher(text);
        return bare.find() ? Optional.of(bare.group(1)) : Optional.empty();
    }

    private static Optional<String> handleIn(String text) {
        Matcher url = FORGE_URL.matcher(text);
        if (url.find()) {
            return Optional.of(url.group(1));
        }
        Matcher handle = HANDLE.matcher(text);
        return handle.find() ? Optional.of(handle.group(1)) : Optional.empty();
    }

    /** A table cell of the handle column: a handle, a forge URL or a bare user name. */
    private static Optional<String> handleCell(String cell) {
        Optional<String> found = handleIn(cell);
        if (found.isPresent()) {
            return found;
        }
        String bare = text(cell);
        return bare.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") && !bare.contains("..")
                ? Optional.of(bare)
                : Optional.empty();
    }
}
