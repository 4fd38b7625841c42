package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.CodeOwner;
import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.CodeOwnersEntry;
import eu.ospo.governance.files.CodeOwnersSection;
import eu.ospo.governance.files.Forge;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code CODEOWNERS} line by line in the syntax of one forge. A line the forge would ignore
 * (unsupported pattern syntax, a malformed owner, a malformed GitLab section header) is reported as an
 * error and left out of the model, as GitHub skips invalid lines.
 */
public final class CodeOwnersParser {

    /** The size GitHub loads at most (the file must be under 3 MB). */
    public static final int MAX_BYTES = 3 * 1024 * 1024;

    /** Problem code: syntax the flavour does not support ({@code !}, {@code [ ]}, {@code \#} on GitHub). */
    public static final String UNSUPPORTED = "codeowners.unsupported-syntax";
    /** Problem code: an owner that is not a user, team, e-mail address (or GitLab role). */
    public static final String OWNER_MALFORMED = "codeowners.owner-malformed";
    /** Problem code: a pattern that can never match a file ({@code /}). */
    public static final String NEVER_MATCHES = "codeowners.pattern-never-matches";
    /** Problem code: the same pattern twice in one section; the earlier line has no effect. */
    public static final String DUPLICATE = "codeowners.duplicate-pattern";
    /** Problem code: a GitLab entry with no owner in a section without default owners. */
    public static final String NO_OWNERS = "codeowners.no-owners";
    /** Problem code: a GitLab section header that cannot be read. */
    public static final String SECTION_MALFORMED = "codeowners.section-malformed";
    /** Problem code: a GitLab section requiring fewer than 1 approval, or not a number. */
    public static final String APPROVALS = "codeowners.approvals-invalid";
    /** Problem code: owners after a GitLab exclusion, which GitLab ignores. */
    public static final String EXCLUSION_OWNERS = "codeowners.exclusion-owners";
    /** Problem code: the file is too large for the forge to load (3 MB). */
    public static final String TOO_LARGE = "codeowners.too-large";

    private static final Pattern GITHUB_USER = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_-]{0,38}");
    private static final Pattern GITHUB_TEAM =
            Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_-]{0,38}/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");
    private static final Pattern GITLAB_USER = Pattern.compile("@[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}");
    private static final Pattern GITLAB_GROUP =
            Pattern.compile("@[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}(/[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254})+");
    private static final Pattern GITLAB_ROLE = Pattern.compile("@@(developer|maintainer|owner)s?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SECTION = Pattern.compile("(\\^)?\\[([^\\]]*)\\](?:\\[([^\\]]*)\\])?(.*)");

    private final Forge flavour;
    private final List<Problem> problems = new ArrayList<>();
    private final List<CodeOwnersEntry> entries = new ArrayList<>();
    private final Map<String, CodeOwnersSection> sections = new LinkedHashMap<>();
    private final Map<String, Integer> patternLines = new HashMap<>();
    private String sectionName = "";
    private List<CodeOwner> sectionDefaults = List.of();

    private CodeOwnersParser(Forge flavour) {
        this.flavour = flavour;
    }

    /**
     * Parses text.
     *
     * @param path the file's path in the repository
     * @param text the content
     * @param flavour the forge
     * @return the file
     */
    public static RepositoryFile<CodeOwners> parse(String path, String text, Forge flavour) {
        if (text.length() > MAX_BYTES) { // a quick bound; the byte size is checked when reading a file
            return tooLarge(path, new ArrayList<>());
        }
        return parse(path, TextFile.of(text), flavour, new ArrayList<>());
    }

    /**
     * The result for a file the forge does not load.
     *
     * @param path the path
     * @param problems the problems so far
     * @return a result without model
     */
    static RepositoryFile<CodeOwners> tooLarge(String path, List<Problem> problems) {
        problems.add(new Problem(
                TOO_LARGE,
                Severity.ERROR,
                "",
                0,
                0,
                "CODEOWNERS must be under 3 MB; the forge ignores a larger file entirely",
                Map.of("limit", Integer.toString(MAX_BYTES))));
        return new RepositoryFile<>(path, Optional.empty(), problems);
    }

    /**
     * Parses decoded lines.
     *
     * @param path the path
     * @param text the lines
     * @param flavour the forge
     * @param problems problems found while reading (kept first)
     * @return the file
     */
    static RepositoryFile<CodeOwners> parse(String path, TextFile text, Forge flavour, List<Problem> problems) {
        CodeOwnersParser parser = new CodeOwnersParser(flavour);
        parser.problems.addAll(problems);
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return new RepositoryFile<>(
                path,
                Optional.of(new CodeOwners(flavour, parser.entries, List.copyOf(parser.sections.values()))),
                parser.problems);
    }

    private void line(int number, String raw) {
        int start = 0;
        while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        if (start == raw.length() || raw.charAt(start) == '#') {
            return;
        }
        List<Token> tokens = tokens(raw, start);
        if (flavour == Forge.GITLAB && (raw.charAt(start) == '[' || raw.startsWith("^[", start))) {
            section(number, raw, start);
            return;
        }
        if (flavour == Forge.GITHUB) {
            tokens = withoutInlineComment(tokens);
        }
        Token pattern = tokens.get(0);
        boolean exclusion = false;
        String patternText = pattern.text;
        if (flavour == Forge.GITHUB && !supportedOnGithub(number, raw, pattern)) {
            return;
        }
        if (flavour == Forge.GITLAB && patternText.startsWith("!")) {
            exclusion = true;
            patternText = patternText.substring(1);
        }
        if (patternText.equals("/") || patternText.isEmpty()) {
            error(
                    NEVER_MATCHES,
                    pattern.text,
                    number,
                    raw,
                    pattern.index,
                    "the pattern `" + pattern.text + "` never matches a file; did you mean `*`?");
            return;
        }
        List<CodeOwner> owners = new ArrayList<>();
        for (Token token : tokens.subList(1, tokens.size())) {
            Optional<CodeOwner> owner = owner(token.text);
            if (owner.isEmpty()) {
                String hint = flavour == Forge.GITLAB && token.text.startsWith("#")
                        ? " (GitLab reads text after # as owners: it has no inline comments)"
                        : "";
                error(
                        OWNER_MALFORMED,
                        pattern.text,
                        number,
                        raw,
                        token.index,
                        "`" + token.text + "` is not a valid owner (" + ownerForms() + ")" + hint
                                + "; the forge ignores this line");
                return;
            }
            owners.add(owner.get());
        }
        if (exclusion && !owners.isEmpty()) {
            problem(
                    EXCLUSION_OWNERS,
                    Severity.WARNING,
                    pattern.text,
                    number,
                    TextFile.column(raw, tokens.get(1).index),
                    "an exclusion takes no owners; GitLab ignores them");
            owners = List.of();
        }
        if (!exclusion && owners.isEmpty() && flavour == Forge.GITLAB) {
            if (sectionDefaults.isEmpty()) {
                error(
                        NO_OWNERS,
                        pattern.text,
                        number,
                        raw,
                        pattern.index,
                        "the entry names no owner and its section has no default owners");
            } else {
                owners = sectionDefaults;
            }
        }
        String key = sectionName.toLowerCase(Locale.ROOT) + '\u0000' + (exclusion ? "!" : "") + patternText;
        Integer earlier = patternLines.put(key, number);
        if (earlier != null) {
            problem(
                    DUPLICATE,
                    Severity.WARNING,
                    pattern.text,
                    number,
                    TextFile.column(raw, pattern.index),
                    "the pattern `" + pattern.text + "` is already on line " + earlier
                            + "; only this later line has an effect",
                    "line",
                    Integer.toString(earlier));
        }
        entries.add(new CodeOwnersEntry(number, patternText, owners, sectionName, exclusion));
    }

    private boolean supportedOnGithub(int number, String raw, Token pattern) {
        String text = pattern.text;
        String reason = null;
        if (text.startsWith("!")) {
            reason = "GitHub does not support negated patterns (`!`)";
        } else if (text.startsWith("\\#")) {
            reason = "GitHub does not support escaping a leading `#` (`\\#`)";
        } else if (text.indexOf('[') >= 0) {
            reason = "GitHub does not support character ranges (`[ ]`)";
        }
        if (reason == null) {
            return true;
        }
        error(UNSUPPORTED, text, number, raw, pattern.index, reason + "; the forge ignores this line");
        return false;
    }

    private void section(int number, String raw, int start) {
        String header = raw.substring(start).strip();
        Matcher matcher = SECTION.matcher(header);
        if (!matcher.matches()) {
            error(
                    SECTION_MALFORMED,
                    "",
                    number,
                    raw,
                    start,
                    "a section header needs a closing `]`: [Name], ^[Name] or [Name][2]");
            return;
        }
        String name = matcher.group(2).strip();
        if (name.isEmpty()) {
            error(SECTION_MALFORMED, "", number, raw, start, "a section header needs a name");
            return;
        }
        int approvals = 1;
        if (matcher.group(3) != null) {
            String count = matcher.group(3).strip();
            try {
                approvals = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                approvals = 0;
            }
            if (approvals < 1) {
                error(
                        APPROVALS,
                        name,
                        number,
                        raw,
                        start,
                        "a section must require at least 1 approval, not `" + count + "`");
                return;
            }
        }
        List<CodeOwner> defaults = new ArrayList<>();
        int offset = start + matcher.start(4);
        for (Token token : tokens(raw, offset)) {
            Optional<CodeOwner> owner = owner(token.text);
            if (owner.isEmpty()) {
                error(
                        OWNER_MALFORMED,
                        name,
                        number,
                        raw,
                        token.index,
                        "`" + token.text + "` is not a valid default owner (" + ownerForms() + ")");
                return;
            }
            defaults.add(owner.get());
        }
        String key = name.toLowerCase(Locale.ROOT);
        CodeOwnersSection first = sections.get(key);
        sectionName = first == null ? name : first.name();
        sectionDefaults = List.copyOf(defaults);
        if (first == null) {
            sections.put(key, new CodeOwnersSection(name, number, matcher.group(1) != null, approvals, defaults));
        }
    }

    private Optional<CodeOwner> owner(String token) {
        if (EMAIL.matcher(token).matches() && !token.startsWith("@")) {
            return Optional.of(new CodeOwner(token, CodeOwner.Kind.EMAIL));
        }
        if (flavour == Forge.GITHUB) {
            if (GITHUB_USER.matcher(token).matches()) {
                return Optional.of(new CodeOwner(token, CodeOwner.Kind.USER));
            }
            if (GITHUB_TEAM.matcher(token).matches()) {
                return Optional.of(new CodeOwner(token, CodeOwner.Kind.TEAM));
            }
            return Optional.empty();
        }
        if (GITLAB_ROLE.matcher(token).matches()) {
            return Optional.of(new CodeOwner(token, CodeOwner.Kind.ROLE));
        }
        if (GITLAB_USER.matcher(token).matches()) {
            return Optional.of(new CodeOwner(token, CodeOwner.Kind.USER));
        }
        if (GITLAB_GROUP.matcher(token).matches()) {
            return Optional.of(new CodeOwner(token, CodeOwner.Kind.TEAM));
        }
        return Optional.empty();
    }

    private String ownerForms() {
        return flavour == Forge.GITHUB
                ? "expected @user, @org/team or an e-mail address"
                : "expected @user, @group, @group/subgroup, @@role or an e-mail address";
    }

    private void error(String code, String key, int line, String raw, int index, String message) {
        problem(code, Severity.ERROR, key, line, TextFile.column(raw, index), message);
    }

    private void problem(
            String code, Severity severity, String key, int line, int column, String message, String... arguments) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put(arguments[i], arguments[i + 1]);
        }
        problems.add(new Problem(code, severity, key, line, column, message, args));
    }

    /** Tokens separated by unescaped white space; {@code \ } stays in a token. */
    private static List<Token> tokens(String raw, int from) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < raw.length()) {
            while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i >= raw.length()) {
                break;
            }
            int begin = i;
            while (i < raw.length() && !Character.isWhitespace(raw.charAt(i))) {
                i += raw.charAt(i) == '\\' && i + 1 < raw.length() ? 2 : 1;
            }
            tokens.add(new Token(raw.substring(begin, i), begin));
        }
        return tokens;
    }

    private static List<Token> withoutInlineComment(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).text.startsWith("#")) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    /** A word of a line and where it starts. */
    private record Token(String text, int index) {}
}
