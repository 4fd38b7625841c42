package eu.ospo.yaml.internal;

import eu.ospo.problem.Problem;
import eu.ospo.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the block-style YAML that nearly every metadata file is written in straight into a {@link
 * YamlNode} tree, and declines everything else, which {@link YamlLoader} then gives to SnakeYAML
 * Engine. What it accepts it reads exactly as SnakeYAML Engine does, positions and repeated-key
 * problems included ({@code BlockSubsetParserTest} compares the two on the real files, on tens of
 * thousands of edited ones and on generated documents). It exists because SnakeYAML's scanner and
 * parser, a large body of code that a short run executes mostly in the interpreter, took over a
 * third of the time of validating a corpus of files in one process.
 *
 * <p>The subset: an optional {@code ---} line, then a block mapping, a block sequence or a scalar.
 * Keys are plain words ({@code [A-Za-z0-9_][A-Za-z0-9_./-]*}). Values: block mappings, block
 * sequences (indented or not), plain scalars (on one line or folded over several), single- and
 * double-quoted scalars (escapes, folded lines), literal and folded block scalars (chomping and
 * indentation indicators), empty values, flow sequences and mappings that close on their line;
 * comments and blank lines anywhere; line ends LF or CRLF. It declines anchors, aliases, tags,
 * directives, flow collections over several lines, tabs outside quoted and block scalars, any character outside
 * printable Basic Multilingual Plane text, and anything not well-formed, so every syntax problem is
 * still reported by SnakeYAML. It also declines when a limit of {@link YamlLimits} is within reach,
 * so limits are reported the same way too. Texts over {@value #MAX_TEXT} chars it leaves to SnakeYAML
 * as well.
 *
 * <p>One instance reads one text; not thread-safe (each load makes its own).
 */
final class BlockSubsetParser {

    /** Thrown to give up; carries no stack trace. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    /**
     * The longest text read, in chars. Metadata files are a few KiB; the reader pays off where
     * SnakeYAML's code would run cold for a small file, and a long text is left to SnakeYAML, so
     * the cost per MiB of long inputs is one implementation's (benchmarks: {@code
     * WorstInputsScaleLinearlyTest} measures each reader in its own range).
     */
    static final int MAX_TEXT = 256 * 1024;

    /** Nesting allowed before declining, whatever the limit: the reading recurses once a level. */
    private static final int MAX_OWN_DEPTH = 100;
    /** Entries of one mapping before declining: duplicate keys are searched linearly. */
    private static final int MAX_ENTRIES = 64;

    /** A longer key is declined: SnakeYAML looks no further than 1,024 characters for a key's colon. */
    private static final int MAX_KEY_LENGTH = 1000;

    private static final int EOF = -1;

    private final String text;
    private final int length;
    private final YamlLimits limits;
    private final int maxDepth;
    /** Start of each line (char index); a final line break opens an empty last line. */
    private int[] starts = new int[64];

    private int lines;
    private int depth;
    private int nodes;
    /** The first line not yet read, after a value. */
    private int next;
    /** Problems for repeated keys, when there are any. */
    private @Nullable List<Problem> repeats;

    private BlockSubsetParser(String text, YamlLimits limits) {
        this.text = text;
        this.length = text.length();
        this.limits = limits;
        this.maxDepth = Math.min(limits.maxDepth(), MAX_OWN_DEPTH);
    }

    /**
     * Reads a text in the subset.
     *
     * @param text the document, every character in the Basic Multilingual Plane
     * @param limits the limits the result must keep to
     * @param problems problems found before (kept first in the result)
     * @return the document, with a problem for each repeated key (the repeat left out, as {@link
     *     YamlLoader} does), or null when the text is not in the subset
     */
    static @Nullable YamlDocument read(String text, YamlLimits limits, List<Problem> problems) {
        if (text.length() > Math.min(MAX_TEXT, limits.maxTokenLength())) {
            return null; // and no token can be over the limit when the whole text is not
        }
        // a carriage return before a line feed is part of the line break, for SnakeYAML as here
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
        BlockSubsetParser parser = new BlockSubsetParser(lines, limits);
        YamlNode root;
        try {
            root = parser.document();
        } catch (Decline declined) {
            return null;
        }
        List<Problem> all = problems;
        if (parser.repeats != null) {
            all = new ArrayList<>(problems);
            all.addAll(parser.repeats);
        }
        return new YamlDocument(Optional.ofNullable(root), all);
    }

    /** The root node, or null for a text without a document (only comments and blank lines). */
    private @Nullable YamlNode document() {
        splitLines();
        int first = nextContent(0);
        if (first != EOF && isDocumentStart(first)) {
            first = nextContent(first + 1);
            if (first == EOF) {
                throw DECLINE; // an explicit empty document
            }
        }
        if (first == EOF) {
            return null;
        }
        int indent = indent(first);
        int start = starts[first] + indent;
        int end = lineEnd(first);
        YamlNode root;
        if (isEntry(start, end)) {
            root = sequence(first, indent, false);
        } else if (keyEnd(start) >= 0) {
            root = mapping(first, indent);
        } else {
            root = scalar(first, start, end, -1);
        }
        if (nextContent(next) != EOF) {
            throw DECLINE;
        }
        return root;
    }

    /** Records line starts and declines on any character outside the subset's alphabet. */
    private void splitLines() {
        String text = this.text;
        int length = this.length;
        starts[0] = 0;
        lines = 1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if ((c >= ' ' && c < 0x7F) || c == '\t') {
                continue; // tabs are text in quoted and block scalars; elsewhere they end what is read
            }
            if (c == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (c < 0xA0
                    || (c >= 0xD800 && c < 0xE000)
                    || c >= 0xFFFE
                    || c == 0xFEFF
                    || c == 0x2028
                    || c == 0x2029) {
                // lone carriage returns, controls, NEL, surrogates, byte-order marks, the Unicode
                // line and paragraph separators, non-characters: SnakeYAML decides what they mean
                throw DECLINE;
            }
        }
    }

    private int lineEnd(int line) {
        return line + 1 < lines ? starts[line + 1] - 1 : length;
    }

    /** Leading spaces of a line. */
    private int indent(int line) {
        int start = starts[line];
        int end = lineEnd(line);
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** Whether a line holds nothing but spaces, or spaces and a comment. */
    private boolean isEmpty(int line) {
        int at = starts[line] + indent(line);
        return at == lineEnd(line) || text.charAt(at) == '#';
    }

    /** The first line from {@code line} on that holds more than spaces and a comment, or EOF. */
    private int nextContent(int line) {
        for (int l = line; l < lines; l++) {
            if (!isEmpty(l)) {
                return l;
            }
        }
        return EOF;
    }

    private boolean isDocumentStart(int line) {
        int start = starts[line];
        return indent(line) == 0 && text.startsWith("---", start) && restIsEmpty(start + 3, lineEnd(line), false);
    }

    /**
     * Whether the text from {@code at} to {@code end} is only spaces, or spaces and a comment; a
     * comment must follow a space unless {@code spaceBefore} says one was there.
     */
    private boolean restIsEmpty(int at, int end, boolean spaceBefore) {
        int i = at;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i == end || (text.charAt(i) == '#' && (i > at || spaceBefore));
    }

    /** Whether a block sequence entry ({@code -} then a space or the line's end) starts at {@code at}. */
    private boolean isEntry(int at, int end) {
        return at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    /**
     * Where the key starting at {@code at} ends (the index of its {@code :}), or -1 when no key of the
     * subset starts there: a plain word followed by {@code :} and a space or the line's end.
     */
    private int keyEnd(int at) {
        int end = at;
        while (end < length) {
            char c = text.charAt(end);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word && (end == at || (c != '-' && c != '.' && c != '/'))) {
                break;
            }
            end++;
        }
        if (end == at || end - at > MAX_KEY_LENGTH || end >= length || text.charAt(end) != ':') {
            return -1;
        }
        if (end + 1 < length && text.charAt(end + 1) != ' ' && text.charAt(end + 1) != '\n') {
            return -1;
        }
        return end;
    }

    private void open() {
        if (depth >= maxDepth) {
            throw DECLINE;
        }
        count();
    }

    private void count() {
        if (++nodes > limits.maxNodes()) {
            throw DECLINE;
        }
    }

    /** A block mapping whose first key starts at {@code column} of {@code line}. */
    private YamlMapping mapping(int line, int column) {
        open();
        depth++;
        List<YamlMapping.Entry> entries = new ArrayList<>();
        int at = line;
        while (true) {
            int keyStart = starts[at] + column;
            int colon = keyEnd(keyStart);
            if (colon < 0 || colon > lineEnd(at)) {
                throw DECLINE;
            }
            YamlScalar key = key(entries, keyStart, colon, at);
            addEntry(entries, key, value(at, colon + 1, column, true));
            int following = nextContent(next);
            if (following == EOF) {
                next = lines;
                break;
            }
            int indent = indent(following);
            if (indent < column) {
                next = following;
                break;
            }
            if (indent > column) {
                throw DECLINE;
            }
            at = following;
        }
        depth--;
        return new YamlMapping(entries, line + 1, column + 1);
    }

    /** The key from {@code start} to its colon at {@code colon}, on {@code line}; counted as a node. */
    private YamlScalar key(List<YamlMapping.Entry> entries, int start, int colon, int line) {
        if (entries.size() == MAX_ENTRIES) {
            throw DECLINE;
        }
        count();
        String name = text.substring(start, colon);
        return new YamlScalar(name, CoreSchemaTypes.of(name), line + 1, start - starts[line] + 1);
    }

    /**
     * Adds an entry to a mapping, or, when its key repeats one before it, reports the repeat and leaves
     * it out, after its value was read, as {@link YamlLoader} does.
     */
    private void addEntry(List<YamlMapping.Entry> entries, YamlScalar key, YamlNode value) {
        for (YamlMapping.Entry entry : entries) {
            if (entry.name().equals(key.value())) {
                if (repeats == null) {
                    repeats = new ArrayList<>();
                }
                repeats.add(YamlLoader.duplicateKey(key, entry.key()));
                return;
            }
        }
        entries.add(new YamlMapping.Entry(key, value));
    }

    /** A block sequence whose first {@code -} is at {@code column} of {@code line}. */
    private YamlSequence sequence(int line, int column, boolean indentless) {
        open();
        depth++;
        List<YamlNode> items = new ArrayList<>();
        int at = line;
        while (true) {
            items.add(value(at, starts[at] + column + 1, column, false));
            int following = nextContent(next);
            if (following == EOF) {
                next = lines;
                break;
            }
            int indent = indent(following);
            int start = starts[following] + indent;
            if (indent < column || (indent == column && indentless && !isEntry(start, lineEnd(following)))) {
                next = following;
                break;
            }
            if (indent > column || !isEntry(start, lineEnd(following))) {
                throw DECLINE;
            }
            at = following;
        }
        depth--;
        return new YamlSequence(items, line + 1, column + 1);
    }

    /**
     * The value after a key's {@code :} or a sequence entry's {@code -}, which ends at {@code from}.
     *
     * @param line the line of the indicator
     * @param from just past the indicator
     * @param parent the column of the collection the value belongs to
     * @param inMapping whether the value is a mapping's (a sequence at the key's column is then its)
     */
    private YamlNode value(int line, int from, int parent, boolean inMapping) {
        int end = lineEnd(line);
        int at = from;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        if (at == end || text.charAt(at) == '#') {
            return valueBelow(line, from, parent, inMapping);
        }
        if (!inMapping) {
            if (isEntry(at, end)) {
                throw DECLINE; // a sequence in a sequence on one line
            }
            if (keyEnd(at) >= 0) {
                return mapping(line, at - starts[line]);
            }
        }
        return scalar(line, at, end, parent);
    }

    /** A value written on the lines after its indicator, or an empty one. */
    private YamlNode valueBelow(int line, int indicatorEnd, int parent, boolean inMapping) {
        int following = nextContent(line + 1);
        if (following != EOF) {
            int indent = indent(following);
            int start = starts[following] + indent;
            int end = lineEnd(following);
            if (indent > parent) {
                if (isEntry(start, end)) {
                    return sequence(following, indent, false);
                }
                if (keyEnd(start) >= 0) {
                    return mapping(following, indent);
                }
                return scalar(following, start, end, parent);
            }
            if (indent == parent && inMapping && isEntry(start, end)) {
                return sequence(following, indent, true);
            }
        }
        count();
        next = following == EOF ? lines : following; // the lines between hold nothing
        return new YamlScalar("", CoreSchemaTypes.of(""), line + 1, indicatorEnd - starts[line] + 1);
    }

    /** A scalar, or a flow collection, starting at {@code at} of {@code line}. */
    private YamlNode scalar(int line, int at, int end, int parent) {
        char c = text.charAt(at);
        next = line + 1;
        switch (c) {
            case '|', '>' -> {
                return blockScalar(line, at, parent);
            }
            case '\'', '"' -> {
                return quoted(line, at);
            }
            case '[', '{' -> {
                return flow(line, at, end);
            }
            case '-' -> {
                if (at + 1 == end || text.charAt(at + 1) == ' ') {
                    throw DECLINE; // a sequence where a scalar must be
                }
            }
            case '?', ':', '&', '*', '!', '%', '@', '`', ',', ']', '}', '\t' -> throw DECLINE;
            default -> {
                // a plain scalar
            }
        }
        return plain(line, at, parent);
    }

    /**
     * A plain scalar starting at {@code at}: on one line, or on several, folded as SnakeYAML Engine
     * folds them. It goes on while the lines after it are deeper than the parent collection and hold
     * no comment; a line break becomes a space, and a run of n blank lines n line breaks.
     */
    private YamlScalar plain(int line, int at, int parent) {
        StringBuilder value = null;
        int chunkStart = at;
        int chunkEnd;
        int lastLine = line;
        int position = at;
        int lineStart = starts[line];
        while (true) {
            chunkEnd = position;
            while (chunkEnd < length) {
                char c = text.charAt(chunkEnd);
                if (c == ' ' || c == '\n') {
                    break;
                }
                if (c == '\t' || (c == ':' && (chunkEnd + 1 == length || isBlank(text.charAt(chunkEnd + 1))))) {
                    throw DECLINE; // white space SnakeYAML folds its own way, or a key where a value must be
                }
                chunkEnd++;
            }
            if (value != null) {
                value.append(text, position, chunkEnd);
            }
            position = chunkEnd;
            while (position < length && text.charAt(position) == ' ') {
                position++;
            }
            if (position == length) {
                next = lastLine + 1;
                break;
            }
            char c = text.charAt(position);
            if (c == '#') {
                next = lastLine + 1;
                break; // a comment after the scalar
            }
            int breaks = -1; // -1: spaces within the line
            if (c == '\n') {
                breaks = 0;
                position++;
                lineStart = position;
                while (position < length) {
                    char d = text.charAt(position);
                    if (d == ' ') {
                        position++;
                    } else if (d == '\n') {
                        position++;
                        lineStart = position;
                        breaks++;
                    } else {
                        break;
                    }
                }
                if (text.startsWith("---", lineStart) || text.startsWith("...", lineStart)) {
                    throw DECLINE; // a document marker
                }
                if (position == length || text.charAt(position) == '#' || position - lineStart <= parent) {
                    next = lastLine + 1 + breaks; // the line it stopped on, not part of the scalar
                    break;
                }
                lastLine += 1 + breaks;
            }
            if (value == null) {
                value = new StringBuilder().append(text, chunkStart, chunkEnd);
            }
            if (breaks < 0) {
                value.append(text, chunkEnd, position);
            } else if (breaks == 0) {
                value.append(' ');
            } else {
                appendBreaks(value, breaks);
            }
        }
        count();
        String scalar = value == null ? text.substring(chunkStart, chunkEnd) : value.toString();
        return new YamlScalar(scalar, CoreSchemaTypes.of(scalar), line + 1, at - starts[line] + 1);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    /**
     * A single- or double-quoted scalar, folded over lines as SnakeYAML Engine folds it: white space
     * around a line break becomes one space, or the blank lines' breaks; an escaped line break joins
     * the lines. Like SnakeYAML, it does not check the indentation of the lines after the first.
     */
    private YamlScalar quoted(int line, int at) {
        YamlScalar scalar = quotedScalar(line, at);
        if (!restIsEmpty(quotedEnd, lineEnd(quotedLine), false)) {
            throw DECLINE;
        }
        next = quotedLine + 1;
        return scalar;
    }

    /** Where the last quoted scalar read ended: just past its closing quote, and that quote's line. */
    private int quotedEnd;

    private int quotedLine;

    /** A quoted scalar starting at {@code at}; leaves where it ended in {@link #quotedEnd}. */
    private YamlScalar quotedScalar(int line, int at) {
        char quote = text.charAt(at);
        StringBuilder value = null;
        int from = at + 1;
        int i = from;
        int closingLine = line;
        while (true) {
            if (i >= length) {
                throw DECLINE; // never closes
            }
            char c = text.charAt(i);
            if (c == quote && !(quote == '\'' && i + 1 < length && text.charAt(i + 1) == '\'')) {
                break;
            }
            if (c == ' ' || c == '\t' || c == '\n') {
                int spaces = i;
                while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i < length && text.charAt(i) != '\n') {
                    continue; // white space within a line is text as it is
                }
                if (i >= length) {
                    throw DECLINE; // never closes
                }
                // a line break: with the white space around it, one space or the blank lines' breaks
                value = (value == null ? new StringBuilder() : value).append(text, from, spaces);
                i = skipQuotedBreaks(i + 1);
                closingLine += scalarBreaks + 1;
                if (scalarBreaks == 0) {
                    value.append(' ');
                } else {
                    appendBreaks(value, scalarBreaks);
                }
                from = i;
            } else if (c == quote || (quote == '"' && c == '\\')) {
                value = (value == null ? new StringBuilder() : value).append(text, from, i);
                if (c == quote) {
                    value.append('\''); // a doubled single quote
                    i += 2;
                } else if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i = skipQuotedBreaks(i + 2); // an escaped line break joins the lines
                    appendBreaks(value, scalarBreaks);
                    closingLine += scalarBreaks + 1;
                } else {
                    i = appendEscape(value, i + 1, lineEnd(closingLine));
                }
                from = i;
            } else {
                i++;
            }
        }
        quotedEnd = i + 1;
        quotedLine = closingLine;
        count();
        String scalar = value == null
                ? text.substring(from, i)
                : value.append(text, from, i).toString();
        return new YamlScalar(scalar, YamlScalar.Type.STRING, line + 1, at - starts[line] + 1);
    }

    /**
     * Passes, from the start of a line inside a quoted scalar, the white space and blank lines before
     * its next text; counts the blank lines' breaks in {@link #scalarBreaks}. Declines at a document
     * marker, which ends a quoted scalar with an error.
     */
    private int skipQuotedBreaks(int from) {
        int position = from;
        scalarBreaks = 0;
        while (true) {
            if ((text.startsWith("---", position) || text.startsWith("...", position))
                    && (position + 3 >= length || isBlank(text.charAt(position + 3)))) {
                throw DECLINE;
            }
            while (position < length && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                position++;
            }
            if (position < length && text.charAt(position) == '\n') {
                position++;
                scalarBreaks++;
            } else {
                return position;
            }
        }
    }

    /**
     * The escape sequence whose letter is at {@code at} (after the backslash), appended as the
     * character it stands for. Returns where the text goes on.
     */
    private int appendEscape(StringBuilder value, int at, int end) {
        if (at >= end) {
            throw DECLINE; // a line break escaped: the scalar goes on on the next line
        }
        char c = text.charAt(at);
        String single = switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '/' -> "/";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            default -> null;
        };
        if (single != null) {
            value.append(single);
            return at + 1;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits == 0 || at + 1 + digits > end) {
            throw DECLINE; // an unknown escape, or one cut short
        }
        int code = 0;
        for (int d = at + 1; d <= at + digits; d++) {
            int digit = Character.digit(text.charAt(d), 16);
            if (digit < 0 || text.charAt(d) > 'f') {
                throw DECLINE;
            }
            code = code * 16 + digit;
        }
        if (code < 0 || code > Character.MAX_CODE_POINT) {
            throw DECLINE;
        }
        value.appendCodePoint(code);
        return at + 1 + digits;
    }

    /**
     * A flow sequence or mapping that closes on the line it opens on: plain and quoted scalars and
     * flow collections as items, plain words as keys, each key with a value.
     */
    private YamlNode flow(int line, int at, int end) {
        flowLine = line;
        flowEnd = end;
        flowAt = at;
        YamlNode node = flowCollection();
        if (!restIsEmpty(flowAt, end, false)) {
            throw DECLINE;
        }
        next = line + 1;
        return node;
    }

    /** The line of the flow collection being read, where it must end, and the reading position. */
    private int flowLine;

    private int flowEnd;
    private int flowAt;

    private YamlNode flowCollection() {
        int start = flowAt;
        boolean sequence = text.charAt(start) == '[';
        char close = sequence ? ']' : '}';
        open();
        depth++;
        List<YamlNode> items = sequence ? new ArrayList<>() : List.of();
        List<YamlMapping.Entry> entries = sequence ? List.of() : new ArrayList<>();
        flowAt = skipSpaces(start + 1);
        while (flowAt < flowEnd && text.charAt(flowAt) != close) {
            if (sequence) {
                items.add(flowValue());
            } else {
                int colon = keyEnd(flowAt);
                if (colon < 0 || colon >= flowEnd) {
                    throw DECLINE;
                }
                YamlScalar key = key(entries, flowAt, colon, flowLine);
                flowAt = skipSpaces(colon + 1);
                addEntry(entries, key, flowValue());
            }
            flowAt = skipSpaces(flowAt);
            if (flowAt < flowEnd && text.charAt(flowAt) == ',') {
                flowAt = skipSpaces(flowAt + 1);
            } else if (flowAt >= flowEnd || text.charAt(flowAt) != close) {
                throw DECLINE;
            }
        }
        if (flowAt >= flowEnd) {
            throw DECLINE; // goes on on the next line
        }
        flowAt++;
        depth--;
        int line = flowLine + 1;
        return sequence ? new YamlSequence(items, line, column(start)) : new YamlMapping(entries, line, column(start));
    }

    /** A value inside a flow collection, at {@link #flowAt}; leaves {@link #flowAt} just past it. */
    private YamlNode flowValue() {
        if (flowAt >= flowEnd) {
            throw DECLINE;
        }
        char c = text.charAt(flowAt);
        switch (c) {
            case '[', '{' -> {
                return flowCollection();
            }
            case '\'', '"' -> {
                YamlScalar scalar = quotedScalar(flowLine, flowAt);
                if (quotedLine != flowLine) {
                    throw DECLINE;
                }
                flowAt = quotedEnd;
                return scalar;
            }
            case '-' -> {
                if (flowAt + 1 == flowEnd || isFlowBreak(text.charAt(flowAt + 1))) {
                    throw DECLINE;
                }
            }
            case '?', ':', ',', ']', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`', '\t' -> throw DECLINE;
            default -> {
                // a plain scalar
            }
        }
        int start = flowAt;
        int stop = start;
        int i = start;
        while (i < flowEnd) {
            char d = text.charAt(i);
            if (d == ',' || d == '[' || d == ']' || d == '{' || d == '}') {
                break;
            }
            if (d == '\t' || (d == ':' && (i + 1 == flowEnd || isFlowBreak(text.charAt(i + 1))))) {
                throw DECLINE; // a key inside a sequence, or white space SnakeYAML folds its own way
            }
            if (d == '#' && text.charAt(i - 1) == ' ') {
                throw DECLINE; // a comment: the collection goes on on the next line
            }
            i++;
            if (d != ' ') {
                stop = i;
            }
        }
        flowAt = stop;
        count();
        String value = text.substring(start, stop);
        return new YamlScalar(value, CoreSchemaTypes.of(value), flowLine + 1, column(start));
    }

    /** Whether a character after a flow scalar's {@code :} or {@code -} makes it an indicator. */
    private static boolean isFlowBreak(char c) {
        return c == ' ' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < flowEnd && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The 1-based column of a char index on the flow collection's line. */
    private int column(int index) {
        return index - starts[flowLine] + 1;
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar whose header is at {@code at}, read as
     * SnakeYAML Engine reads it. Its indentation is given by the header (one to nine more than the
     * parent's), or else by its first text line, and is at least one more than the parent's. The
     * final line breaks are clipped to one, stripped ({@code -}) or kept ({@code +}).
     */
    private YamlScalar blockScalar(int line, int at, int parent) {
        boolean folded = text.charAt(at) == '>';
        int end = lineEnd(line);
        int i = at + 1;
        char chomping = ' ';
        int increment = 0;
        for (int part = 0; part < 2 && i < end; part++) {
            char c = text.charAt(i);
            if ((c == '+' || c == '-') && chomping == ' ') {
                chomping = c;
                i++;
            } else if (c >= '1' && c <= '9' && increment == 0) {
                increment = c - '0';
                i++;
            }
        }
        if (!restIsEmpty(i, end, false)) {
            throw DECLINE; // text after the header, or an indicator of 0
        }
        count();
        int minimum = Math.max(1, parent + 1);
        int position = end == length ? length : end + 1;
        int indent;
        if (increment > 0) {
            indent = minimum + increment - 1;
            position = skipBreaks(position, indent);
        } else {
            // the first text line's indentation
            position = skipBreaks(position, Integer.MAX_VALUE);
            if (scalarColumn > 0 && scalarColumn < scalarDeepest) {
                throw DECLINE; // blank lines deeper than the first text line: an error for SnakeYAML
            }
            indent = Math.max(minimum, scalarColumn);
        }
        StringBuilder value = new StringBuilder();
        boolean anyText = false;
        while (scalarColumn == indent && position < length) {
            appendBreaks(value, scalarBreaks);
            char c = text.charAt(position);
            boolean leadingNonSpace = c != ' ' && c != '\t';
            int lineEnd = text.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            value.append(text, position, lineEnd);
            anyText = true;
            position = skipBreaks(lineEnd < length ? lineEnd + 1 : lineEnd, indent);
            if (scalarColumn != indent || position >= length) {
                break;
            }
            char d = text.charAt(position);
            if (folded && leadingNonSpace && d != ' ' && d != '\t') {
                if (scalarBreaks == 0) {
                    value.append(' ');
                }
            } else {
                value.append('\n');
            }
        }
        if (chomping != '-' && anyText) {
            // the last text line's break, assumed when the text ends without one
            value.append('\n');
        }
        if (chomping == '+') {
            appendBreaks(value, scalarBreaks);
        }
        next = position == length ? lines : lineOf(position);
        return new YamlScalar(value.toString(), YamlScalar.Type.STRING, line + 1, at - starts[line] + 1);
    }

    /** Block scalar state: the line breaks passed and the column reached by {@link #skipBreaks}. */
    private int scalarBreaks;

    private int scalarColumn;

    /** The deepest column {@link #skipBreaks} reached on any line. */
    private int scalarDeepest;

    /**
     * Passes blank lines, and on each line the indentation up to {@code indent}, from the start of a
     * line; counts the line breaks passed in {@link #scalarBreaks}, leaves the column reached in
     * {@link #scalarColumn} and the deepest one on any of the lines in {@link #scalarDeepest}.
     */
    private int skipBreaks(int from, int indent) {
        int position = from;
        scalarBreaks = 0;
        scalarColumn = 0;
        scalarDeepest = 0;
        while (position < length) {
            char c = text.charAt(position);
            if (c == ' ' && scalarColumn < indent) {
                position++;
                scalarColumn++;
                scalarDeepest = Math.max(scalarDeepest, scalarColumn);
            } else if (c == '\n') {
                position++;
                scalarColumn = 0;
                scalarBreaks++;
            } else {
                break;
            }
        }
        return position;
    }

    private static void appendBreaks(StringBuilder value, int breaks) {
        for (int b = 0; b < breaks; b++) {
            value.append('\n');
        }
    }

    /** The line holding char index {@code position}. */
    private int lineOf(int position) {
        int low = 0;
        int high = lines - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
