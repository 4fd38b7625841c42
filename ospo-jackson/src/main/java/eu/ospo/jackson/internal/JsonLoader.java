package eu.ospo.jackson.internal;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import eu.ospo.yaml.YamlLimits;
import eu.ospo.yaml.internal.YamlDocument;
import eu.ospo.yaml.internal.YamlLoader;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlNode;
import eu.ospo.yaml.internal.YamlScalar;
import eu.ospo.yaml.internal.YamlSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a Jackson parser into the YAML layer's node tree, so that the
 * publiccode.yml and governance.yml readers run on it unchanged. The YAML layer's limits apply
 * (depth, node count, size) and duplicate keys are reported with its codes; JSON values map to the
 * YAML 1.2 core schema's types (a JSON string is a quoted scalar, a number keeps its text).
 *
 * <p>Every node is given a position: the JSON text's line and column when the parser knows them
 * (text input), else a stand-in number in document order (a tree has no lines). Either way the
 * position identifies the node, and {@link Loaded} turns the positions of the problems found later
 * back into JSON pointers. Not thread-safe; one instance per value.
 */
public final class JsonLoader {

    private final YamlLimits limits;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Long, String> pointers = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean lines;
    private int stand;
    private int nodes;
    private long start;

    private JsonLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the value at the parser's current token (or its next token, if it has none yet) up to its
     * last token, where the parser is left. JSON syntax errors are the parser's exceptions.
     *
     * @param parser the parser
     * @param limits the limits to apply
     * @return the tree, its loading problems and the node positions' pointers
     * @throws JacksonException if the JSON is not well-formed
     */
    public static Loaded load(JsonParser parser, YamlLimits limits) {
        return new JsonLoader(limits).read(parser);
    }

    private Loaded read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
        }
        String root = parser.streamReadContext().pathAsPointer().toString();
        if (token == null) {
            return new Loaded(new YamlDocument(Optional.empty(), problems), pointers, lines, root);
        }
        TokenStreamLocation first = parser.currentTokenLocation();
        lines = first.getLineNr() > 0 && first.getColumnNr() > 0;
        start = offset(first);
        YamlNode result;
        try {
            result = tree(parser, token, root);
        } catch (Stop stop) {
            drain(parser);
            return new Loaded(new YamlDocument(Optional.empty(), problems), pointers, lines, root);
        }
        return new Loaded(new YamlDocument(Optional.of(result), problems), pointers, lines, root);
    }

    private YamlNode tree(JsonParser parser, JsonToken firstToken, String root) {
        JsonToken token = firstToken;
        String pointer = root;
        while (true) {
            boolean end = token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY;
            int[] at = end ? new int[0] : position(parser, pointer);
            YamlNode done = null;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() >= limits.maxDepth()) {
                        throw limit(
                                "nesting is deeper than " + limits.maxDepth() + " levels",
                                at,
                                "maxDepth",
                                limits.maxDepth());
                    }
                    stack.push(new Frame(token == JsonToken.START_OBJECT, at, pointer));
                }
                case END_OBJECT, END_ARRAY -> {
                    Frame frame = stack.pop();
                    done = frame.mapping
                            ? new YamlMapping(frame.entries, frame.at[0], frame.at[1])
                            : new YamlSequence(frame.items, frame.at[0], frame.at[1]);
                }
                case PROPERTY_NAME -> {
                    Frame frame = stack.element();
                    frame.key = new YamlScalar(parser.currentName(), YamlScalar.Type.STRING, at[0], at[1]);
                }
                default -> done = scalar(parser, token, at);
            }
            if (done != null) {
                if (stack.isEmpty()) {
                    return done;
                }
                add(stack.element(), done);
            }
            token = parser.nextToken();
            if (token == null) {
                throw new IllegalStateException("the JSON ended inside a value"); // the parser reports it first
            }
            pointer = childPointer(token);
        }
    }

    /** After a limit: reads up to the end of the value without building anything, leaving the parser there. */
    private void drain(JsonParser parser) {
        int open = stack.size();
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            open++; // stopped on an opening token before pushing it
        }
        while (open > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open--;
            }
        }
    }

    /** The pointer of the node the next token starts (for a property name or an end, the container's). */
    private String childPointer(JsonToken token) {
        Frame frame = stack.element();
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY || token == JsonToken.PROPERTY_NAME) {
            return frame.pointer;
        }
        YamlScalar key = frame.key;
        if (frame.mapping && key != null) {
            return frame.pointer + "/" + escape(key.value());
        }
        return frame.pointer + "/" + frame.items.size();
    }

    private int[] position(JsonParser parser, String pointer) {
        nodes++;
        int[] at;
        if (lines) {
            TokenStreamLocation location = parser.currentTokenLocation();
            at = new int[] {location.getLineNr(), location.getColumnNr()};
            long offset = offset(parser.currentLocation());
            if (start >= 0 && offset >= 0 && offset - start > limits.maxBytes()) {
                throw limit(
                        "the JSON value is larger than the limit of " + limits.maxBytes() + " bytes",
                        at,
                        "maxBytes",
                        limits.maxBytes());
            }
        } else {
            at = new int[] {++stand, 1};
        }
        if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
            String member = stack.element().pointer + "/" + escape(parser.currentName());
            pointers.put(pack(at[0], at[1]), member);
        } else {
            pointers.put(pack(at[0], at[1]), pointer);
        }
        if (nodes > limits.maxNodes()) {
            throw limit("document has more than " + limits.maxNodes() + " nodes", at, "maxNodes", limits.maxNodes());
        }
        return at;
    }

    private static YamlScalar scalar(JsonParser parser, JsonToken token, int[] at) {
        return switch (token) {
            case VALUE_STRING -> new YamlScalar(parser.getString(), YamlScalar.Type.STRING, at[0], at[1]);
            case VALUE_NUMBER_INT -> new YamlScalar(parser.getString(), YamlScalar.Type.INT, at[0], at[1]);
            case VALUE_NUMBER_FLOAT -> new YamlScalar(parser.getString(), YamlScalar.Type.FLOAT, at[0], at[1]);
            case VALUE_TRUE -> new YamlScalar("true", YamlScalar.Type.BOOL, at[0], at[1]);
            case VALUE_FALSE -> new YamlScalar("false", YamlScalar.Type.BOOL, at[0], at[1]);
            case VALUE_NULL -> new YamlScalar("null", YamlScalar.Type.NULL, at[0], at[1]);
            // an embedded object (a tree built in code): its text, as a string
            default -> new YamlScalar(String.valueOf(parser.getEmbeddedObject()), YamlScalar.Type.STRING, at[0], at[1]);
        };
    }

    private void add(Frame frame, YamlNode node) {
        if (!frame.mapping) {
            frame.items.add(node);
            return;
        }
        YamlScalar key = Objects.requireNonNull(frame.key, "a member without a name");
        frame.key = null;
        YamlScalar first = frame.keys.putIfAbsent(key.value(), key);
        if (first != null) {
            String where = lines ? " at [" + first.line() + ":" + first.column() + "]" : "";
            problems.add(new Problem(
                    YamlLoader.DUPLICATE_KEY,
                    Severity.ERROR,
                    "",
                    key.line(),
                    key.column(),
                    "mapping key \"" + key.value() + "\" already defined" + where,
                    Map.of("name", key.value())));
            return;
        }
        frame.entries.add(new YamlMapping.Entry(key, node));
    }

    private Stop limit(String message, int[] at, String name, int value) {
        problems.add(new Problem(
                YamlLoader.LIMIT,
                Severity.ERROR,
                "",
                at[0],
                at[1],
                message,
                Map.of("limit", name, "value", Integer.toString(value))));
        return new Stop();
    }

    private static long offset(TokenStreamLocation location) {
        return Math.max(location.getByteOffset(), location.getCharOffset());
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    /**
     * One RFC 6901 reference token.
     *
     * @param name a property name
     * @return the name with {@code ~} and {@code /} escaped
     */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** An open object or array. */
    private static final class Frame {
        final boolean mapping;
        final int[] at;
        final String pointer;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlMapping.Entry> entries = new ArrayList<>();
        final Map<String, YamlScalar> keys = new HashMap<>();

        @Nullable
        YamlScalar key;

        Frame(boolean mapping, int[] at, String pointer) {
            this.mapping = mapping;
            this.at = at;
            this.pointer = pointer;
        }
    }

    /** Stops loading at a limit; the problem is recorded. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
