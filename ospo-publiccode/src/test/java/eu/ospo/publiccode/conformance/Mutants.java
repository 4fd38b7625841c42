package eu.ospo.publiccode.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Seeded mutations of real publiccode.yml files for the differential test: mostly edits a careless
 * author makes (a line deleted, duplicated or moved, a value replaced by one from another file or from
 * the standard's vocabularies, a value emptied, a key renamed, a list item added empty, quotes added or
 * removed, indentation shifted, another version declared) and a few byte-level ones. Files are handled
 * as ISO-8859-1 text so every byte survives as it was. The same seed gives the same mutants.
 */
final class Mutants {

    /** A kind of edit. */
    enum Kind {
        DELETE_LINE,
        DUPLICATE_LINE,
        SWAP_LINES,
        REPLACE_VALUE,
        EMPTY_VALUE,
        REPLACE_ITEM,
        ADD_EMPTY_ITEM,
        RENAME_KEY,
        INDENT,
        VERSION,
        QUOTES,
        BYTE
    }

    /** One mutant: its text, the file it came from and the edits made. */
    record Mutant(String text, String source, List<Kind> edits) {}

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z][\\w.-]*:[ ]+)(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*- )(\\S.*)$");
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][\\w.-]*)(:.*)$");

    /** Values worth trying besides those of the corpus: edges of the standard's checks. */
    private static final List<String> EDGES = List.of(
            "",
            "''",
            "\"\"",
            "~",
            "null",
            "true",
            "false",
            "yes",
            "no",
            "0",
            "1",
            "-1",
            "1.0",
            "1e3",
            "\"0\"",
            "\"0.7\"",
            "\"0.6\"",
            "\"0.2\"",
            "\"1\"",
            "2020-02-30",
            "2023-01-01",
            "\"2023-1-1\"",
            "https://example.org",
            "http://x",
            "not a url",
            "it",
            "IT",
            "en",
            "xx",
            "en-GB",
            "EUPL-1.2",
            "GPL-3.0",
            "GPL-3.0-or-later",
            "MIT AND Apache-2.0",
            "web",
            "linux",
            "[]",
            "{}",
            "[a, b]",
            "[web, &x ]",
            "&x",
            "logo.png",
            "logo.svg",
            "../logo.png",
            "/etc/passwd",
            "file:///x.png",
            "a.jpg",
            "community",
            "contract",
            "internal",
            "none",
            "stable",
            "beta",
            "development",
            "obsolete",
            "concept",
            "standalone/web",
            "library",
            "addon",
            "configurationFiles",
            "c_a345",
            "urn:x-italian-pa:c_a345",
            "x@example.org",
            "not-an-email",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://vimeo.com/1",
            "municipality",
            "education",
            "|",
            ">-");

    private static final List<String> VERSIONS =
            List.of("\"0\"", "\"0.7\"", "\"0.7.0\"", "\"0.2\"", "\"0.4\"", "\"0.6\"", "\"1\"", "0.4", "\"0.3.0\"");

    private static final List<String> EMPTY_ITEMS = List.of("", " &n", " ~", " ''", " null");

    private static final String PUNCTUATION = "\"'#:-[]{}&*!|> \t";

    private final List<String> texts;
    private final List<String> names;
    private final List<String> values = new ArrayList<>(EDGES);
    private final List<String> keys = new ArrayList<>();

    private Mutants(List<String> names, List<String> texts) {
        this.names = names;
        this.texts = texts;
        for (String text : texts) {
            for (String line : text.split("\n", -1)) {
                Matcher value = KEY_VALUE.matcher(line);
                if (value.matches()) {
                    values.add(value.group(2));
                }
                Matcher key = KEY.matcher(line);
                if (key.matches()) {
                    keys.add(key.group(2));
                }
            }
        }
    }

    /**
     * The corpus: every {@code .yml}/{@code .yaml} file of a folder, sorted by name.
     *
     * @param corpus the folder
     * @return the mutator over it
     * @throws IOException if a file cannot be read
     */
    static Mutants of(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yml") || name.endsWith(".yaml");
                    })
                    .sorted()
                    .toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        return new Mutants(files.stream().map(f -> f.getFileName().toString()).toList(), texts);
    }

    /**
     * Mutants drawn with a fixed seed: a random file, one or two edits.
     *
     * @param count how many
     * @param seed the seed
     * @return the mutants, in order
     */
    List<Mutant> draw(int count, long seed) {
        Random random = new Random(seed);
        List<Mutant> mutants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int source = random.nextInt(texts.size());
            String text = texts.get(source);
            List<Kind> edits = new ArrayList<>();
            int n = 1 + random.nextInt(2);
            for (int j = 0; j < n; j++) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                text = edit(text, kind, random);
                edits.add(kind);
            }
            mutants.add(new Mutant(text, names.get(source), List.copyOf(edits)));
        }
        return mutants;
    }

    /**
     * Writes a text as the bytes it stands for.
     *
     * @param file where
     * @param text the text (ISO-8859-1: one char per byte)
     * @throws IOException if writing fails
     */
    static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String edit(String text, Kind kind, Random random) {
        if (kind == Kind.BYTE) {
            return editByte(text, random);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (kind) {
            case DELETE_LINE -> lines.remove(at);
            case DUPLICATE_LINE -> lines.add(at, line);
            case SWAP_LINES -> {
                if (at + 1 < lines.size()) {
                    lines.set(at, lines.get(at + 1));
                    lines.set(at + 1, line);
                }
            }
            case REPLACE_VALUE, EMPTY_VALUE, QUOTES -> {
                int k = find(lines, at, KEY_VALUE);
                if (k >= 0) {
                    Matcher m = KEY_VALUE.matcher(lines.get(k));
                    if (m.matches()) {
                        lines.set(k, m.group(1) + newValue(kind, m.group(2), random));
                    }
                }
            }
            case REPLACE_ITEM, ADD_EMPTY_ITEM -> {
                int k = find(lines, at, ITEM);
                if (k >= 0) {
                    Matcher m = ITEM.matcher(lines.get(k));
                    if (m.matches() && kind == Kind.REPLACE_ITEM) {
                        lines.set(k, m.group(1) + values.get(random.nextInt(values.size())));
                    } else if (m.matches()) {
                        lines.add(
                                k + 1,
                                m.group(1).stripTrailing() + EMPTY_ITEMS.get(random.nextInt(EMPTY_ITEMS.size())));
                    }
                }
            }
            case RENAME_KEY -> {
                int k = find(lines, at, KEY);
                if (k >= 0) {
                    Matcher m = KEY.matcher(lines.get(k));
                    if (m.matches()) {
                        String key = switch (random.nextInt(3)) {
                            case 0 -> m.group(2).toLowerCase(Locale.ROOT);
                            case 1 -> m.group(2) + "x";
                            default -> keys.get(random.nextInt(keys.size()));
                        };
                        lines.set(k, m.group(1) + key + m.group(3));
                    }
                }
            }
            case INDENT -> lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^  ", ""));
            case VERSION -> {
                String version = VERSIONS.get(random.nextInt(VERSIONS.size()));
                lines.replaceAll(l -> l.startsWith("publiccodeYmlVersion:") ? "publiccodeYmlVersion: " + version : l);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return String.join("\n", lines);
    }

    private String newValue(Kind kind, String old, Random random) {
        return switch (kind) {
            case REPLACE_VALUE -> values.get(random.nextInt(values.size()));
            case EMPTY_VALUE -> "";
            default ->
                old.startsWith("\"") || old.startsWith("'")
                        ? old.replaceAll("^[\"']|[\"']$", "")
                        : "\"" + old.replace("\"", "") + "\"";
        };
    }

    private static String editByte(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 ->
                text.substring(0, at) + PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())) + text.substring(at);
            default ->
                text.substring(0, at) + (char) (text.charAt(at) ^ (1 << random.nextInt(7))) + text.substring(at + 1);
        };
    }

    private static int find(List<String> lines, int from, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            int k = (from + i) % lines.size();
            if (pattern.matcher(lines.get(k)).matches()) {
                return k;
            }
        }
        return -1;
    }
}
