package eu.ospo.governance.report;

import java.util.List;
import java.util.Locale;

/**
 * A valid governance.yml whose free-text values are the hostile inputs of the hardening issue:
 * markup meant to open elements and attributes, terminal escape sequences, a bidirectional override,
 * CR/LF followed by a forged CI annotation. Each value is written as a YAML double-quoted string, so
 * the parser hands the characters on exactly.
 */
final class HostileCommunity {

    /** Opens an element with an event handler. */
    static final String IMG = "<img src=x onerror=alert(1)>";

    /** Leaves a double-quoted attribute and opens a script. */
    static final String SCRIPT = "\"><script>alert(1)</script>";

    /** Leaves a single-quoted attribute with a handler. */
    static final String HANDLER = "' onmouseover='alert(1)' x='";

    /** Closes the raw-text elements of the head and opens SVG with a handler. */
    static final String RAW_TEXT = "</style></title><svg onload=alert(1)>";

    /** Colours the terminal and writes an OSC 8 hyperlink. */
    static final String ESCAPES = "\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007";

    /** Reverses the text after it. */
    static final String BIDI = "invoice\u202Egpj.exe";

    /** Breaks the line and forges a GitHub Actions annotation. */
    static final String CRLF = "ok\r\n::error file=README.md,line=1::forged";

    /** Every hostile value. */
    static final List<String> VALUES = List.of(IMG, SCRIPT, HANDLER, RAW_TEXT, ESCAPES, BIDI, CRLF);

    private HostileCommunity() {}

    /**
     * The file: every hostile value in the community's name and description, an organisation's and a
     * contact's name, the project's name, a team name of a community-time report and an
     * exemption's reason.
     *
     * @return governance.yml
     */
    static String yaml() {
        StringBuilder all = new StringBuilder();
        VALUES.forEach(v -> all.append(v).append(' '));
        return """
                governanceYmlVersion: "0.1"
                community:
                  name: %1$s
                  uri: https://example.org/hostile
                  description: %2$s
                  lastReviewed: 2026-01-01
                  exemptions:
                    - rule: DIV-ELEPHANT
                      reason: %3$s
                      until: 2027-12-31
                organisations:
                  - id: alpha
                    name: %4$s
                    uri: https://alpha.example
                    country: NL
                    type: publicAuthority
                    roles: [member, maintainer]
                    joined: 2024-01-01
                  - id: beta
                    name: %5$s
                    uri: https://beta.example
                    country: IT
                    type: publicAuthority
                    roles: [member, maintainer]
                    joined: 2024-01-01
                projects:
                  - id: app
                    name: %6$s
                    repository: https://git.example/app
                    maintenanceType: community
                agreements:
                  - id: mnt-alpha
                    kind: maintenance
                    project: app
                    provider: alpha
                    commitment: { amount: 0.5, unit: fte }
                    start: 2025-01-01
                    end: 2026-12-31
                    maintainers: [c1]
                    status: signed
                  - id: mnt-beta
                    kind: maintenance
                    project: app
                    provider: beta
                    commitment: { amount: 10, unit: hours, per: month }
                    start: 2026-03-01
                    end: 2027-06-30
                    maintainers: [c2]
                    status: signed
                communityTime:
                  percentage: 10
                  scope: perTeam
                  period: quarter
                  reports:
                    - { organisation: alpha, period: 2026-Q1, contractHours: 500, communityHours: 20, team: %7$s }
                    - { organisation: beta, period: 2026-Q2, contractHours: 300, communityHours: 40, team: %8$s }
                contacts:
                  - id: c1
                    name: %9$s
                    affiliation: alpha
                    roles: [maintainer]
                  - id: c2
                    name: %10$s
                    affiliation: beta
                    roles: [maintainer]
                """.formatted(
                        quoted(IMG + " " + ESCAPES),
                        quoted(all.toString()),
                        quoted(SCRIPT + " " + CRLF),
                        quoted(HANDLER + " " + BIDI),
                        quoted(RAW_TEXT),
                        quoted(SCRIPT + " " + IMG),
                        quoted(IMG),
                        quoted(ESCAPES + " " + HANDLER),
                        quoted(BIDI + " " + RAW_TEXT),
                        quoted(CRLF + " " + SCRIPT));
    }

    /** A YAML double-quoted scalar holding exactly the text. */
    static String quoted(String text) {
        StringBuilder yaml = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                yaml.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x2000 && c <= 0x206f)) {
                yaml.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                yaml.appendCodePoint(c);
            }
        });
        return yaml.append('"').toString();
    }
}
