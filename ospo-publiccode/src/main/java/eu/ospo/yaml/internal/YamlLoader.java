package eu.ospo.yaml.internal;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.NotRegularFileException;
import eu.ospo.yaml.YamlLimits;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads YAML bytes into a {@link YamlNode} tree. Reusable and thread-safe.
 *
 * <p>Most metadata files are block-style YAML without anchors or tags: {@link
 * BlockSubsetParser} reads those straight into the tree (in a profile of a corpus run, about a fifth
 * of the time SnakeYAML Engine took on the same files) and gives everything else, malformed input
 * included, to SnakeYAML Engine, so both give the same tree and every problem still comes from one
 * place. SnakeYAML's tree is built from parser events with an explicit stack, so nesting depth never
 * turns into Java recursion (the subset parser declines past 100 levels). Limits ({@link
 * YamlLimits}) are checked while reading: size before decoding, depth, alias count and node count
 * (aliases counted at their expanded size) during the build. Duplicate keys, non-scalar keys and
 * multiple documents are reported; the YAML 1.2 core schema
 * decides scalar types, so {@code yes}/{@code no} stay strings.
 */
public final class YamlLoader {

    /** Problem code: the input breaks a {@link YamlLimits} limit. */
    public static final String LIMIT = "yaml.limit";
    /** Problem code: the input is not valid UTF-8. */
    public static final String ENCODING = "yaml.encoding";
    /** Problem code: the input starts with a byte-order mark. */
    public static final String BOM = "yaml.bom";
    /** Problem code: the input is not well-formed YAML. */
    public static final String SYNTAX = "yaml.syntax";
    /** Problem code: a mapping repeats a key. */
    public static final String DUPLICATE_KEY = "yaml.duplicate-key";
    /** Problem code: a mapping key is a mapping or a sequence. */
    public static final String COMPLEX_KEY = "yaml.complex-key";
    /** Problem code: the top level of the document is not a mapping. */
    public static final String NOT_MAPPING = "document.not-mapping";
    /** Problem code: the input holds more than one document. */
    public static final String MULTIPLE_DOCUMENTS = "yaml.multiple-documents";

    private static final CoreSchema SCHEMA = new CoreSchema();

    private final YamlLimits limits;

    /**
     * A loader with these limits.
     *
     * @param limits the limits
     */
    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * The settings for a text of {@code length} chars. The scanner's buffer must hold the whole text:
     * SnakeYAML Engine's {@code StreamReader} copies its window of code points again, from the start of
     * the current token, each time it reads another buffer (with its default buffer of 1,024 characters
     * a token of n characters costs n&sup2;/2,048 copied code points), so its size follows the text. Up to 1 Mi chars it is rounded up to a power of two (at least 4 Ki
     * chars) and the settings of each size are made once and shared; a longer text gets settings of
     * its exact length. A settings builder makes a JSON schema of its own, a few regular expressions,
     * before ours replaces it: that had cost about 1% of a run over the corpus.
     */
    private LoadSettings settings(int length) {
        if (length > 1 << MAX_SHARED_BUFFER_BITS) {
            return newSettings(length);
        }
        int bits = Math.max(MIN_BUFFER_BITS, 32 - Integer.numberOfLeadingZeros(Math.max(length, 1) - 1));
        synchronized (
                settingsByBufferBits) { // a plain lock: atomic arrays go through VarHandles, slow to start on JDK 17
            LoadSettings settings = settingsByBufferBits[bits];
            if (settings == null) {
                settings = newSettings(1 << bits);
                settingsByBufferBits[bits] = settings;
            }
            return settings;
        }
    }

    private static final int MIN_BUFFER_BITS = 12;
    private static final int MAX_SHARED_BUFFER_BITS = 20;

    /** Settings by the base-2 logarithm of their buffer size; immutable, so shared by every thread. */
    private final LoadSettings[] settingsByBufferBits = new LoadSettings[MAX_SHARED_BUFFER_BITS + 1];

    private LoadSettings newSettings(int bufferSize) {
        return LoadSettings.builder()
                .setLabel("document")
                .setSchema(SCHEMA)
                .setBufferSize(bufferSize)
                .setCodePointLimit(limits.maxBytes() + 1)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowDuplicateKeys(false)
                .setUseMarks(true)
                .build();
    }

    /**
     * The limits this loader applies.
     *
     * @return the limits
     */
    public YamlLimits limits() {
        return limits;
    }

    /**
     * Loads one document.
     *
     * @param bytes the file's content
     * @return the root node (when loading succeeded) and the problems met
     */
    public YamlDocument load(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        if (bytes.length > limits.maxBytes()) {
            problems.add(limitProblem(
                    "file is larger than the limit of " + limits.maxBytes() + " bytes",
                    0,
                    0,
                    "maxBytes",
                    limits.maxBytes()));
            return new YamlDocument(Optional.empty(), problems);
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(Problem.of(
                    BOM,
                    Severity.WARNING,
                    "",
                    1,
                    1,
                    "file starts with a UTF-8 byte-order mark; it was ignored, but it is best removed"));
            offset = 3;
        }
        Utf8Validation utf8 = Utf8Validation.check(bytes, offset, bytes.length);
        if (utf8.malformedAt() >= 0) {
            problems.add(malformed(bytes, offset, utf8.malformedAt()));
            return new YamlDocument(Optional.empty(), problems);
        }
        // well-formed, so the JDK's decoding (with its ASCII fast path) replaces nothing
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (!utf8.supplementary()) {
            YamlDocument quick = BlockSubsetParser.read(text, limits, problems);
            if (quick != null) {
                return quick;
            }
        }
        return new Builder(problems).build(text, !utf8.supplementary());
    }

    /**
     * Loads a decoded text with SnakeYAML Engine alone, never with {@link BlockSubsetParser}: what the
     * subset parser's results are compared with.
     *
     * @param text the document
     * @return the root node and the problems
     */
    YamlDocument loadWithSnakeYaml(String text) {
        return new Builder(new ArrayList<>()).build(text, text.codePointCount(0, text.length()) == text.length());
    }

    /**
     * Reads a stream up to one byte past the size limit, so an oversized input is never read whole;
     * {@link #load} then reports it.
     *
     * @param input the stream (not closed)
     * @return the bytes read
     * @throws IOException if reading fails
     */
    public byte[] readBounded(InputStream input) throws IOException {
        return input.readNBytes(limits.maxBytes() + 1);
    }

    /**
     * Reads a regular file up to one byte past the size limit. Anything else (a directory, FIFO,
     * device or socket) is refused before it is opened: opening a FIFO blocks until a writer comes,
     * and a device may never end.
     *
     * @param file the file
     * @return the bytes read
     * @throws eu.ospo.yaml.NotRegularFileException if the path is not a regular file
     * @throws IOException if the file cannot be read
     */
    public byte[] readBounded(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            // java.io reads a plain file with a few native calls; the NIO channel below runs several
            // layers of Java code per file, which a run over hundreds of files pays while interpreted
            File plain = file.toFile();
            if (plain.isFile()) {
                try (FileInputStream input = new FileInputStream(plain)) {
                    return readBounded(input, plain.length());
                } catch (FileNotFoundException unreadable) {
                    // the NIO path below reports it with the usual exception (AccessDeniedException, ...)
                }
            }
        }
        NotRegularFileException.requireRegularFile(file);
        try (InputStream input = Files.newInputStream(file)) {
            return readBounded(input);
        }
    }

    /**
     * Reads a stream whose length is expected to be {@code size} into an array of that length, up to
     * one byte past the size limit; a file that shrinks or grows while it is read gives what was
     * read.
     */
    private byte[] readBounded(InputStream input, long size) throws IOException {
        int max = limits.maxBytes();
        if (size > max) {
            return readBounded(input);
        }
        byte[] bytes = new byte[(int) size];
        int read = input.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            return Arrays.copyOf(bytes, read);
        }
        int next = input.read();
        if (next < 0) {
            return bytes;
        }
        // longer than its size said (it grew, or it is a file of /proc): the rest, up to the limit
        byte[] rest = input.readNBytes(max - bytes.length);
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) next;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    /**
     * Loads a document whose top level must be a mapping, as every ospo file format is. An empty
     * document is reported as missing its {@code versionKey} (at 1:1, the start of the file); a scalar or sequence at the top as
     * {@value #NOT_MAPPING}.
     *
     * @param bytes the file's content
     * @param problems where to report
     * @param versionKey the key every document must have (its version)
     * @return the top-level mapping, or empty after reporting
     */
    public Optional<YamlMapping> loadMapping(byte[] bytes, ProblemList problems, String versionKey) {
        return mapping(load(bytes), problems, versionKey);
    }

    /**
     * The top-level mapping of a document loaded before (by {@link #load} or, for JSON, by the
     * ospo-jackson module), with the same checks and problems as {@link #loadMapping}.
     *
     * @param document the loaded document
     * @param problems where to report (the document's own problems are added first)
     * @param versionKey the key every document must have (its version)
     * @return the top-level mapping, or empty after reporting
     */
    public static Optional<YamlMapping> mapping(YamlDocument document, ProblemList problems, String versionKey) {
        problems.addAll(document.problems());
        if (document.failed()) {
            return Optional.empty();
        }
        Optional<YamlNode> root = document.root().filter(n -> !(n instanceof YamlScalar s && s.isNull()));
        if (root.isEmpty()) {
            problems.required(KeyPath.ROOT.field(versionKey), new ProblemList.Position(1, 1));
            return Optional.empty();
        }
        if (root.get() instanceof YamlMapping mapping) {
            return Optional.of(mapping);
        }
        problems.error(
                NOT_MAPPING,
                KeyPath.ROOT,
                ProblemList.Position.of(root.get()),
                "the document must be a mapping of keys to values, not a "
                        + root.get().kindName());
        return Optional.empty();
    }

    /** The {@value #ENCODING} problem for the malformed sequence at offset {@code bad}. */
    private static Problem malformed(byte[] bytes, int offset, int bad) {
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int column = 1 + before.codePointCount(0, before.length());
        return new Problem(
                ENCODING,
                Severity.ERROR,
                "",
                line,
                column,
                "Invalid UTF-8: the byte at offset " + bad + " does not start a valid UTF-8 sequence",
                Map.of("offset", Integer.toString(bad)));
    }

    /**
     * A {@value #LIMIT} problem.
     *
     * @param message the message
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param name the limit's name, a component of {@link YamlLimits}
     * @param value the limit's value
     * @return the problem
     */
    static Problem limitProblem(String message, int line, int column, String name, int value) {
        return new Problem(
                LIMIT,
                Severity.ERROR,
                "",
                line,
                column,
                message,
                Map.of("limit", name, "value", Integer.toString(value)));
    }

    /**
     * The {@value #DUPLICATE_KEY} problem for a key that repeats one before it in its mapping.
     *
     * @param key the repeat
     * @param first the key it repeats
     * @return the problem, at the repeat
     */
    static Problem duplicateKey(YamlScalar key, YamlScalar first) {
        return new Problem(
                DUPLICATE_KEY,
                Severity.ERROR,
                "",
                key.line(),
                key.column(),
                "mapping key \"" + ProblemList.echo(key.value()) + "\" already defined at [" + first.line() + ":"
                        + first.column() + "]",
                Map.of("name", key.value()));
    }

    /** 1-based line and column of a code-point offset. */
    private static int[] position(String text, int codePointOffset) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < codePointOffset && index < text.length(); i++) {
            int c = text.codePointAt(index);
            index += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static int line(Optional<Mark> mark) {
        return mark.isPresent() ? mark.get().getLine() + 1 : 0;
    }

    private static int column(Optional<Mark> mark) {
        return mark.isPresent() ? mark.get().getColumn() + 1 : 0;
    }

    /** Signals that building stopped; the problem is already recorded. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** An open mapping or sequence. */
    private static final class Frame {
        final boolean mapping;
        final int line;
        final int column;
        final String anchor;
        final int nodesAtStart;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlMapping.Entry> entries = new ArrayList<>();
        final Map<String, YamlScalar> keys = new HashMap<>();
        YamlNode pendingKey;
        boolean skipValue;

        Frame(boolean mapping, int line, int column, String anchor, int nodesAtStart) {
            this.mapping = mapping;
            this.line = line;
            this.column = column;
            this.anchor = anchor;
            this.nodesAtStart = nodesAtStart;
        }
    }

    /** One load: state that lives for a single document. */
    private final class Builder {
        private final List<Problem> problems;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<String, Integer> anchorSizes = new HashMap<>();
        private int nodes;
        private int aliases;
        private YamlNode root;

        Builder(List<Problem> problems) {
            this.problems = problems;
        }

        YamlDocument build(String text, boolean basicPlane) {
            LoadSettings settings = settings(text.length());
            ParserImpl parser =
                    new ParserImpl(settings, new BoundedScanner(settings, text, basicPlane, limits.maxTokenLength()));
            try {
                int documents = 0;
                while (parser.hasNext()) {
                    Event event = parser.next();
                    switch (event.getEventId()) {
                        case DocumentStart -> {
                            documents++;
                            if (documents > 1) {
                                problems.add(Problem.of(
                                        MULTIPLE_DOCUMENTS,
                                        Severity.ERROR,
                                        "",
                                        line(event.getStartMark()),
                                        column(event.getStartMark()),
                                        "multiple YAML documents in one file are not supported"));
                                return new YamlDocument(Optional.empty(), problems);
                            }
                        }
                        case Scalar -> scalar((ScalarEvent) event);
                        case Alias -> alias((AliasEvent) event);
                        case MappingStart, SequenceStart -> open(event);
                        case MappingEnd, SequenceEnd -> close();
                        default -> {
                            // stream start/end, document end, comments: nothing to build
                        }
                    }
                }
            } catch (Stop stop) {
                return new YamlDocument(Optional.empty(), problems);
            } catch (BoundedScanner.TokenTooLong tooLong) {
                problems.add(tooLong.problem());
                return new YamlDocument(Optional.empty(), problems);
            } catch (MarkedYamlEngineException e) {
                Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
                problems.add(Problem.of(SYNTAX, Severity.ERROR, "", line(mark), column(mark), syntaxMessage(e)));
                return new YamlDocument(Optional.empty(), problems);
            } catch (ReaderException e) {
                int[] at = position(text, e.getPosition());
                problems.add(Problem.of(
                        SYNTAX,
                        Severity.ERROR,
                        "",
                        at[0],
                        at[1],
                        String.format(
                                java.util.Locale.ROOT,
                                "not valid YAML: special character U+%04X is not allowed",
                                e.getCodePoint())));
                return new YamlDocument(Optional.empty(), problems);
            } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
                problems.add(Problem.of(SYNTAX, Severity.ERROR, "", 0, 0, "not valid YAML: " + e.getMessage()));
                return new YamlDocument(Optional.empty(), problems);
            }
            return new YamlDocument(Optional.ofNullable(root), problems);
        }

        private String syntaxMessage(MarkedYamlEngineException e) {
            StringBuilder message = new StringBuilder("not valid YAML: ");
            if (e.getContext() != null && !e.getContext().isEmpty()) {
                message.append(e.getContext()).append(": ");
            }
            message.append(e.getProblem());
            return message.toString();
        }

        private void count(int added, Optional<Mark> mark) {
            nodes += added;
            if (nodes > limits.maxNodes()) {
                problems.add(limitProblem(
                        "document has more than " + limits.maxNodes() + " nodes (aliases counted at full size)",
                        line(mark),
                        column(mark),
                        "maxNodes",
                        limits.maxNodes()));
                throw new Stop();
            }
        }

        private void scalar(ScalarEvent event) {
            count(1, event.getStartMark());
            YamlScalar node = new YamlScalar(
                    event.getValue(), type(event), line(event.getStartMark()), column(event.getStartMark()));
            remember(event, node, 1);
            add(node);
        }

        private void alias(AliasEvent event) {
            String name = event.getAlias().getValue();
            YamlNode target = anchors.get(name);
            if (target == null) {
                problems.add(Problem.of(
                        SYNTAX,
                        Severity.ERROR,
                        "",
                        line(event.getStartMark()),
                        column(event.getStartMark()),
                        "not valid YAML: found undefined alias '" + ProblemList.echo(name) + "'"));
                throw new Stop();
            }
            aliases++;
            if (aliases > limits.maxAliases()) {
                problems.add(limitProblem(
                        "document uses more than " + limits.maxAliases() + " aliases",
                        line(event.getStartMark()),
                        column(event.getStartMark()),
                        "maxAliases",
                        limits.maxAliases()));
                throw new Stop();
            }
            count(anchorSizes.get(name), event.getStartMark());
            // a repeated scalar is placed where the alias is, so a problem with it (a duplicate key made
            // by an alias, a wrong value) points at the alias; a repeated collection keeps its own places
            add(
                    target instanceof YamlScalar scalar
                            ? new YamlScalar(
                                    scalar.value(),
                                    scalar.type(),
                                    line(event.getStartMark()),
                                    column(event.getStartMark()))
                            : target);
        }

        private void open(Event event) {
            if (stack.size() >= limits.maxDepth()) {
                problems.add(limitProblem(
                        "nesting is deeper than " + limits.maxDepth() + " levels",
                        line(event.getStartMark()),
                        column(event.getStartMark()),
                        "maxDepth",
                        limits.maxDepth()));
                throw new Stop();
            }
            count(1, event.getStartMark());
            String anchor =
                    ((NodeEvent) event).getAnchor().map(Anchor::getValue).orElse(null);
            stack.push(new Frame(
                    event.getEventId() == Event.ID.MappingStart,
                    line(event.getStartMark()),
                    column(event.getStartMark()),
                    anchor,
                    nodes - 1));
        }

        private void close() {
            Frame frame = stack.pop();
            YamlNode node = frame.mapping
                    ? new YamlMapping(frame.entries, frame.line, frame.column)
                    : new YamlSequence(frame.items, frame.line, frame.column);
            if (frame.anchor != null) {
                anchors.put(frame.anchor, node);
                anchorSizes.put(frame.anchor, nodes - frame.nodesAtStart);
            }
            add(node);
        }

        private void remember(NodeEvent event, YamlNode node, int size) {
            Optional<Anchor> anchor = event.getAnchor();
            if (anchor.isPresent()) {
                anchors.put(anchor.get().getValue(), node);
                anchorSizes.put(anchor.get().getValue(), size);
            }
        }

        private void add(YamlNode node) {
            Frame frame = stack.peek();
            if (frame == null) {
                root = node;
            } else if (!frame.mapping) {
                frame.items.add(node);
            } else if (frame.pendingKey == null) {
                frame.pendingKey = node;
            } else {
                YamlNode keyNode = frame.pendingKey;
                frame.pendingKey = null;
                if (!(keyNode instanceof YamlScalar key)) {
                    problems.add(Problem.of(
                            COMPLEX_KEY,
                            Severity.ERROR,
                            "",
                            keyNode.line(),
                            keyNode.column(),
                            "a mapping key must be a plain value, not a " + keyNode.kindName()));
                    return;
                }
                YamlScalar first = frame.keys.putIfAbsent(key.value(), key);
                if (first != null) {
                    problems.add(duplicateKey(key, first));
                    return;
                }
                frame.entries.add(new YamlMapping.Entry(key, node));
            }
        }

        private YamlScalar.Type type(ScalarEvent event) {
            Optional<String> tag = event.getTag();
            if (tag.isPresent() && !"!".equals(tag.get())) {
                return explicit(tag.get());
            }
            if (!event.isPlain()) {
                return YamlScalar.Type.STRING;
            }
            return CoreSchemaTypes.of(event.getValue());
        }

        private YamlScalar.Type explicit(String tag) {
            if (tag.equals(Tag.NULL.getValue())) {
                return YamlScalar.Type.NULL;
            }
            if (tag.equals(Tag.BOOL.getValue())) {
                return YamlScalar.Type.BOOL;
            }
            if (tag.equals(Tag.INT.getValue())) {
                return YamlScalar.Type.INT;
            }
            if (tag.equals(Tag.FLOAT.getValue())) {
                return YamlScalar.Type.FLOAT;
            }
            return YamlScalar.Type.STRING;
        }
    }
}
