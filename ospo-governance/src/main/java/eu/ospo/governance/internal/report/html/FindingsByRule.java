package eu.ospo.governance.internal.report.html;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.problem.Location;
import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings grouped by rule, the rules that need attention first (failing errors, warnings,
 * information, then exempted, passing and not applicable), each with its description, its counts
 * per status and its failing and exempted findings with their locations; the other findings are
 * folded. Then the problems of the input files, if any.
 */
final class FindingsByRule {

    private FindingsByRule() {}

    /** The findings of one rule, in evaluation order. */
    private record RuleGroup(String ruleId, Severity severity, List<Finding> findings, int order) {

        Map<Status, Integer> counts() {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            findings.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
            return counts;
        }

        /** The worst status: 0 failing error ... 5 all not applicable. */
        int rank() {
            Map<Status, Integer> counts = counts();
            if (counts.containsKey(Status.FAIL)) {
                return severity.ordinal();
            }
            if (counts.containsKey(Status.EXEMPTED)) {
                return 3;
            }
            return counts.containsKey(Status.PASS) ? 4 : 5;
        }

        boolean needsAttention() {
            return rank() <= 3;
        }
    }

    static void write(Markup m, PageData data) throws IOException {
        List<Finding> findings = data.evaluation().findings();
        m.element("h2", "Findings by rule");
        m.element(
                "p",
                "Every rule evaluated on " + data.date() + " with ruleset "
                        + data.evaluation().rulesetName()
                        + ", the rules that fail first. Open a rule for its findings and where they point in the"
                        + " files.",
                "class",
                "lead");
        if (findings.isEmpty()) {
            m.element("p", "No rule was evaluated.", "class", "note");
            return;
        }
        Map<String, RuleGroup> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(
                            finding.ruleId(),
                            id -> new RuleGroup(id, finding.severity(), new ArrayList<>(), groups.size()))
                    .findings()
                    .add(finding);
        }
        List<RuleGroup> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(RuleGroup::rank).thenComparingInt(RuleGroup::order));
        for (RuleGroup group : ordered) {
            rule(m, data, group);
        }
    }

    private static void rule(Markup m, PageData data, RuleGroup group) throws IOException {
        m.open(
                "details",
                "class",
                "rule",
                "id",
                "rule-" + group.ruleId(),
                "data-rule",
                group.ruleId(),
                "open",
                group.needsAttention() ? "" : null);
        m.open("summary");
        statusChip(m, group.rank(), group.severity());
        m.element("span", group.ruleId(), "class", "id");
        m.element("span", counts(group.counts()), "class", "counts");
        m.close();
        String description = data.input().description(group.ruleId()).orElse("");
        if (!description.isEmpty()) {
            m.element("p", description, "class", "description");
        }
        List<Finding> attention = group.findings().stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.EXEMPTED)
                .toList();
        List<Finding> rest = group.findings().stream()
                .filter(f -> f.status() != Status.FAIL && f.status() != Status.EXEMPTED)
                .toList();
        if (!attention.isEmpty()) {
            findings(m, attention);
        }
        if (!rest.isEmpty()) {
            m.open("details", "class", "more", "open", attention.isEmpty() && rest.size() <= 3 ? "" : null);
            m.element("summary", Figures.count(rest.size(), "other finding") + " (passing or not applicable)");
            findings(m, rest);
            m.close();
        }
        link(m, group.findings().get(0));
        m.close();
    }

    private static void findings(Markup m, List<Finding> findings) throws IOException {
        m.open("ul", "class", "findings");
        for (Finding finding : findings) {
            m.open("li", "class", "finding " + css(finding.status()));
            chip(m, finding);
            m.text(" " + finding.message());
            if (!finding.locations().isEmpty()) {
                m.open("span", "class", "where");
                for (int i = 0; i < finding.locations().size(); i++) {
                    Location location = finding.locations().get(i);
                    if (i > 0) {
                        m.text(" ");
                    }
                    m.element("code", position(location) + (location.key().isEmpty() ? "" : " " + location.key()));
                }
                m.close();
            }
            m.close();
        }
        m.close();
    }

    /** A link to the criterion the rule comes from, when it is a web address. */
    private static void link(Markup m, Finding finding) throws IOException {
        String scheme = finding.anchor().getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            return;
        }
        m.open("p", "class", "description");
        m.element(
                "a",
                "Where " + finding.ruleId() + " comes from",
                "href",
                finding.anchor().toString(),
                "rel",
                "noreferrer",
                "class",
                "about");
        m.close();
    }

    /** {@code governance.yml:86:5}, or the file alone when the position is unknown. */
    static String position(Location location) {
        return location.line() == 0
                ? location.file()
                : location.file() + ":" + location.line() + ":" + location.column();
    }

    private static String counts(Map<Status, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Status status : Status.values()) {
            Integer count = counts.get(status);
            if (count != null) {
                parts.add(count + " " + word(status));
            }
        }
        return String.join(" · ", parts);
    }

    private static void statusChip(Markup m, int rank, Severity severity) throws IOException {
        switch (rank) {
            case 0, 1, 2 -> m.element("span", severity.label() + " fails", "class", "chip fail " + severity.label());
            case 3 -> m.element("span", "exempted", "class", "chip exempted");
            case 4 -> m.element("span", "passes", "class", "chip pass");
            default -> m.element("span", "n/a", "class", "chip na");
        }
    }

    private static void chip(Markup m, Finding finding) throws IOException {
        String label = finding.status() == Status.FAIL ? finding.severity().label() : word(finding.status());
        String css = finding.status() == Status.FAIL
                ? "chip fail " + finding.severity().label()
                : "chip " + css(finding.status());
        m.element("span", label, "class", css);
    }

    private static String word(Status status) {
        return switch (status) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case EXEMPTED -> "exempted";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    private static String css(Status status) {
        return status == Status.NOT_APPLICABLE ? "na" : status.name().toLowerCase(Locale.ROOT);
    }

    /** The problems of the input files, errors first, in a table. */
    static void writeProblems(Markup m, PageData data) throws IOException {
        List<FileProblem> problems = new ArrayList<>(data.input().problems());
        problems.sort(Comparator.comparingInt(p -> p.problem().severity().ordinal()));
        m.element("h2", "File problems");
        m.element(
                "p",
                "What was found while reading the files, before any rule ran: "
                        + Figures.count(problems.size(), "problem") + ".",
                "class",
                "lead");
        m.open("table", "class", "grid problems");
        m.open("thead").open("tr");
        for (String heading : List.of("Severity", "Where", "Code", "Message")) {
            m.element("th", heading);
        }
        m.close().close();
        m.open("tbody");
        for (FileProblem fileProblem : problems) {
            Problem problem = fileProblem.problem();
            m.open("tr", "class", "problem");
            m.open("td");
            m.element(
                    "span",
                    problem.severity().label(),
                    "class",
                    "chip " + problem.severity().label());
            m.close();
            m.open("td");
            m.element(
                    "code",
                    position(new Location(fileProblem.file(), problem.key(), problem.line(), problem.column()))
                            + (problem.key().isEmpty() ? "" : " " + problem.key()));
            m.close();
            m.open("td");
            m.element("code", problem.code());
            m.close();
            m.element("td", problem.message());
            m.close();
        }
        m.close().close();
    }
}
