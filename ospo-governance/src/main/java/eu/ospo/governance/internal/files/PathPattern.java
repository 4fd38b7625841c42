package eu.ospo.governance.internal.files;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@code CODEOWNERS} pattern with the forges' gitignore-like semantics:
 *
 * <ul>
 *   <li>a leading {@code /}, or a {@code /} inside the pattern, anchors it at the root; otherwise it
 *       matches at any depth ({@code *.js}, {@code apps/});
 *   <li>a trailing {@code /} matches directories only, and so everything below them;
 *   <li>a pattern whose last segment has no wildcard also covers everything below a directory it
 *       names ({@code /apps/github}, {@code **}{@code /logs}); one whose last segment has a wildcard
 *       matches only at that level ({@code docs/*} matches {@code docs/a.md}, not {@code docs/x/a.md});
 *   <li>{@code *} and {@code ?} never match {@code /} but do match a leading dot; {@code **} as a whole
 *       segment matches any number of directories; {@code \} escapes the next character;
 *   <li>character classes ({@code [a-z]}) only when the flavour allows them (GitLab).
 * </ul>
 *
 * Matching is case-sensitive, as on both forges. Immutable and thread-safe; matching a path costs
 * at most (pattern segments × path segments) segment comparisons.
 */
public final class PathPattern {

    private static final Segment GLOBSTAR = new Segment(List.of(), true);

    private final List<Segment> segments;
    private final boolean directoryOnly;
    private final boolean subtree;

    private PathPattern(List<Segment> segments, boolean directoryOnly, boolean subtree) {
        this.segments = segments;
        this.directoryOnly = directoryOnly;
        this.subtree = subtree;
    }

    /**
     * Compiles a pattern (already checked for syntax the flavour does not support).
     *
     * @param pattern the pattern as written, escapes included, without a GitLab {@code !}
     * @param classes whether {@code [...]} is a character class (GitLab) rather than literal text
     * @return the compiled pattern
     */
    public static PathPattern compile(String pattern, boolean classes) {
        String text = pattern;
        boolean anchored = text.startsWith("/");
        if (anchored) {
            text = text.substring(1);
        }
        boolean directoryOnly = text.endsWith("/") && !text.endsWith("\\/");
        if (directoryOnly) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> parts = split(text);
        if (parts.size() > 1) {
            anchored = true;
        }
        List<Segment> segments = new ArrayList<>();
        if (!anchored) {
            segments.add(GLOBSTAR);
        }
        for (String part : parts) {
            segments.add(part.equals("**") ? GLOBSTAR : Segment.of(part, classes));
        }
        Segment last = segments.get(segments.size() - 1);
        boolean subtree = directoryOnly || (!last.globstar && !last.hasWildcard());
        return new PathPattern(List.copyOf(segments), directoryOnly, subtree);
    }

    /** Splits on unescaped {@code /}; empty segments (from {@code a//b}) are dropped. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == '/') {
                if (part.length() > 0) {
                    parts.add(part.toString());
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0 || parts.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /**
     * Whether the pattern matches a file path.
     *
     * @param path a path relative to the repository root, {@code /}-separated, without a leading
     *     {@code /}
     * @return true when it matches
     */
    public boolean matches(String path) {
        String[] names = path.split("/", -1);
        int n = names.length;
        int p = segments.size();
        // reach[j]: the pattern segments read so far match exactly the first j path names
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        for (int i = 0; i < p; i++) {
            Segment segment = segments.get(i);
            boolean[] next = new boolean[n + 1];
            if (segment.globstar) {
                boolean any = false;
                for (int j = 0; j <= n; j++) {
                    any |= reach[j];
                    next[j] = any;
                }
            } else {
                for (int j = 0; j < n; j++) {
                    if (reach[j] && segment.matches(names[j])) {
                        next[j + 1] = true;
                    }
                }
            }
            reach = next;
        }
        if (!directoryOnly && reach[n]) {
            return true;
        }
        if (subtree) {
            for (int j = 1; j < n; j++) {
                if (reach[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One path segment of a pattern: literal characters, {@code *}, {@code ?} and classes. */
    private static final class Segment {

        private final List<Token> tokens;
        private final boolean globstar;

        private Segment(List<Token> tokens, boolean globstar) {
            this.tokens = tokens;
            this.globstar = globstar;
        }

        static Segment of(String text, boolean classes) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    tokens.add(Token.literal(text.charAt(i + 1)));
                    i += 2;
                } else if (c == '*') {
                    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind != Token.STAR) {
                        tokens.add(new Token(Token.STAR, ' ', ""));
                    }
                    i++;
                } else if (c == '?') {
                    tokens.add(new Token(Token.ANY, ' ', ""));
                    i++;
                } else if (c == '[' && classes && text.indexOf(']', i + 2) > 0) {
                    int end = text.indexOf(']', i + 2);
                    tokens.add(new Token(Token.CLASS, ' ', text.substring(i + 1, end)));
                    i = end + 1;
                } else {
                    tokens.add(Token.literal(c));
                    i++;
                }
            }
            return new Segment(List.copyOf(tokens), false);
        }

        boolean hasWildcard() {
            return tokens.stream().anyMatch(t -> t.kind != Token.LITERAL);
        }

        /** Glob matching with one backtracking point per star: O(name × tokens) at worst. */
        boolean matches(String name) {
            int t = 0;
            int s = 0;
            int starToken = -1;
            int starName = 0;
            while (s < name.length()) {
                if (t < tokens.size()
                        && tokens.get(t).kind != Token.STAR
                        && tokens.get(t).accepts(name.charAt(s))) {
                    t++;
                    s++;
                } else if (t < tokens.size() && tokens.get(t).kind == Token.STAR) {
                    starToken = t++;
                    starName = s;
                } else if (starToken >= 0) {
                    t = starToken + 1;
                    s = ++starName;
                } else {
                    return false;
                }
            }
            while (t < tokens.size() && tokens.get(t).kind == Token.STAR) {
                t++;
            }
            return t == tokens.size();
        }
    }

    /** One element of a segment. */
    private record Token(int kind, char literal, String set) {
        static final int LITERAL = 0;
        static final int STAR = 1;
        static final int ANY = 2;
        static final int CLASS = 3;

        static Token literal(char c) {
            return new Token(LITERAL, c, "");
        }

        boolean accepts(char c) {
            return switch (kind) {
                case LITERAL -> c == literal;
                case ANY -> true;
                case CLASS -> inClass(c);
                default -> false;
            };
        }

        private boolean inClass(char c) {
            boolean negated = !set.isEmpty() && (set.charAt(0) == '!' || set.charAt(0) == '^');
            boolean found = false;
            for (int i = negated ? 1 : 0; i < set.length(); i++) {
                char low = set.charAt(i);
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    char high = set.charAt(i + 2);
                    found |= c >= low && c <= high;
                    i += 2;
                } else {
                    found |= c == low;
                }
            }
            return found != negated;
        }
    }
}
