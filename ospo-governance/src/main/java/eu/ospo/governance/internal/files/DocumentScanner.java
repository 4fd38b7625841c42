package eu.ospo.governance.internal.files;

import eu.ospo.governance.files.CodeOfConduct;
import eu.ospo.governance.files.CommunityDocument;
import eu.ospo.governance.files.Heading;
import eu.ospo.governance.files.Mention;
import eu.ospo.governance.files.SecurityPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prose documents (Markdown, reStructuredText, plain text) for what rules can check: headings
 * (ATX {@code #} and underlined), e-mail addresses and http(s) URLs with their positions; for
 * {@code SECURITY.md} the disclosure vocabulary and time frames; for codes of conduct which known
 * code they are.
 */
public final class DocumentScanner {

    private static final Pattern ATX = Pattern.compile("\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern UNDERLINE = Pattern.compile("\\s{0,3}(=+|-+|~+|\\^+|\\*+)\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`]+");
    private static final Pattern HINT = Pattern.compile("(?i)vuln|disclos");
    private static final Pattern TIME_FRAME = Pattern.compile(
            "(?i)\\b(\\d{1,3})[\\s-]*(business\\s+|working\\s+|calendar\\s+)?(hours?|days?|weeks?|months?)\\b");

    private DocumentScanner() {}

    /**
     * Scans a document.
     *
     * @param text the text
     * @return headings, e-mail addresses, URLs
     */
    public static CommunityDocument document(TextFile text) {
        List<String> lines = text.lines();
        List<Heading> headings = new ArrayList<>();
        List<Mention> emails = new ArrayList<>();
        List<Mention> urls = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                headings.add(new Heading(i + 1, atx.group(1).length(), atx.group(2)));
            } else if (i + 1 < lines.size()
                    && !line.isBlank()
                    && UNDERLINE.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).strip().length()
                            >= Math.min(3, line.strip().length())
                    && !line.strip().startsWith("-")
                    && !line.strip().startsWith("|")) {
                headings.add(new Heading(i + 1, lines.get(i + 1).strip().charAt(0) == '=' ? 1 : 2, line.strip()));
            }
            Matcher url = URL.matcher(line);
            while (url.find()) {
                String value = trimPunctuation(url.group());
                if (seen.add("u" + value)) {
                    urls.add(new Mention(i + 1, TextFile.column(line, url.start()), value));
                }
            }
            Matcher email = EMAIL.matcher(line);
            while (email.find()) {
                String value = email.group().toLowerCase(Locale.ROOT);
                if (value.endsWith(".png") || value.endsWith(".jpg") || value.endsWith(".svg")) {
                    continue; // image@2x.png and the like
                }
                if (seen.add("e" + value)) {
                    emails.add(new Mention(i + 1, TextFile.column(line, email.start()), value));
                }
            }
        }
        return new CommunityDocument(headings, emails, urls, lines.size());
    }

    private static String trimPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?*_".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    /**
     * Scans {@code SECURITY.md}.
     *
     * @param text the text
     * @return the policy
     */
    public static SecurityPolicy securityPolicy(TextFile text) {
        CommunityDocument document = document(text);
        int hints = 0;
        List<Mention> frames = new ArrayList<>();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher hint = HINT.matcher(line);
            while (hint.find()) {
                hints++;
            }
            Matcher frame = TIME_FRAME.matcher(line);
            while (frame.find()) {
                frames.add(new Mention(
                        i + 1,
                        TextFile.column(line, frame.start()),
                        frame.group().strip()));
            }
        }
        boolean supported = document.headings().stream()
                .map(h -> h.text().toLowerCase(Locale.ROOT))
                .anyMatch(h -> h.contains("supported") || h.contains("versions"));
        return new SecurityPolicy(document, hints, frames, supported);
    }

    /** A known code of conduct, what identifies it, and where its version is stated. */
    private record Known(String name, Pattern marker, Optional<Pattern> version) {}

    private static final List<Known> KNOWN = List.of(
            new Known(
                    "Contributor Covenant",
                    Pattern.compile("(?i)contributor[\\s-]+covenant"),
                    Optional.of(
                            Pattern.compile(
                                    "(?i)(?:contributor-covenant\\.org/version/(\\d+)/(\\d+)|covenant[^\\n]{0,60}?version\\s+(\\d+\\.\\d+)|version\\s+(\\d+\\.\\d+)[^\\n]{0,40}contributor[\\s-]+covenant)"))),
            new Known(
                    "CNCF Code of Conduct",
                    Pattern.compile("(?i)(cncf/foundation/blob/[^\\s)]*code-of-conduct|cncf code of conduct)"),
                    Optional.empty()),
            new Known("Citizen Code of Conduct", Pattern.compile("(?i)citizen code of conduct"), Optional.empty()),
            new Known(
                    "Django Code of Conduct",
                    Pattern.compile("(?i)(djangoproject\\.com/conduct|django code of conduct)"),
                    Optional.empty()),
            new Known(
                    "Python Software Foundation Code of Conduct",
                    Pattern.compile(
                            "(?i)(python\\.org/psf/conduct|psf code of conduct|python software foundation code of conduct)"),
                    Optional.empty()),
            new Known(
                    "Go Community Code of Conduct",
                    Pattern.compile("(?i)(golang\\.org/conduct|go\\.dev/conduct|go community code of conduct)"),
                    Optional.empty()),
            new Known(
                    "Rust Code of Conduct",
                    Pattern.compile("(?i)(rust-lang\\.org/policies/code-of-conduct|rust code of conduct)"),
                    Optional.empty()),
            new Known(
                    "Mozilla Community Participation Guidelines",
                    Pattern.compile("(?i)(mozilla\\.org/[^\\s)]*participation|community participation guidelines)"),
                    Optional.empty()),
            new Known(
                    "Apache Code of Conduct",
                    Pattern.compile(
                            "(?i)(apache\\.org/foundation/policies/conduct|apache software foundation code of conduct)"),
                    Optional.empty()),
            new Known("Ubuntu Code of Conduct", Pattern.compile("(?i)ubuntu code of conduct"), Optional.empty()),
            new Known(
                    "Linux Foundation Code of Conduct",
                    Pattern.compile("(?i)(lfprojects\\.org/policies/code-of-conduct|linux foundation code of conduct)"),
                    Optional.empty()));

    /**
     * Scans a code of conduct.
     *
     * @param text the text
     * @return the known code it is, if recognised, and its contacts
     */
    public static CodeOfConduct codeOfConduct(TextFile text) {
        CommunityDocument document = document(text);
        String head =
                String.join("\n", text.lines().subList(0, Math.min(text.lines().size(), 400)));
        Optional<CodeOfConduct.KnownCode> code = Optional.empty();
        for (Known known : KNOWN) {
            if (known.marker.matcher(head).find()) {
                Optional<String> version = known.version.flatMap(p -> {
                    Matcher m = p.matcher(head);
                    if (!m.find()) {
                        return Optional.empty();
                    }
                    if (m.group(1) != null) {
                        return Optional.of(m.group(1) + "." + m.group(2));
                    }
                    return Optional.ofNullable(m.group(3) != null ? m.group(3) : m.group(4));
                });
                code = Optional.of(new CodeOfConduct.KnownCode(known.name, version));
                break;
            }
        }
        return new CodeOfConduct(code, document);
    }
}
