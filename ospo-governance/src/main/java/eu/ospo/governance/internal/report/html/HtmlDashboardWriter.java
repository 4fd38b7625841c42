package eu.ospo.governance.internal.report.html;

import eu.ospo.governance.report.FileProblem;
import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.report.Reports;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.Governance;
import eu.ospo.problem.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes the dashboard page: a header with the verdict and the key figures, then one panel per
 * section (agreements over time, effort shares, community time, team tenure, findings by rule, input
 * problems).
 * Each section is computed and written in turn, straight to the writer: the page is never held in
 * memory as a whole.
 */
public final class HtmlDashboardWriter {

    private HtmlDashboardWriter() {}

    /**
     * One panel of the page.
     *
     * @param id the anchor
     * @param label the navigation label
     * @param applies whether there is anything to show
     * @param writing what writes it
     */
    private record Panel(String id, String label, Predicate<PageData> applies, Writing writing) {}

    @FunctionalInterface
    private interface Writing {
        void write(Markup m, PageData data) throws IOException;
    }

    private static final Predicate<PageData> WITH_MODEL =
            data -> data.governance().isPresent();

    private static final List<Panel> PANELS = List.of(
            new Panel("agreements", "Agreements", WITH_MODEL, AgreementTimeline::write),
            new Panel("effort", "Effort shares", WITH_MODEL, EffortShares::write),
            new Panel("community-time", "Community time", WITH_MODEL, CommunityTimeChart::write),
            new Panel("tenure", "Team tenure", TenureChart::applies, TenureChart::write),
            new Panel("findings", "Findings", data -> true, FindingsByRule::write),
            new Panel(
                    "problems",
                    "File problems",
                    data -> !data.input().problems().isEmpty(),
                    FindingsByRule::writeProblems));

    /**
     * Writes the page.
     *
     * @param governance the model, or empty when governance.yml could not be read into one
     * @param rules the engine the evaluation came from (its parameters draw the lines)
     * @param evaluation the evaluation
     * @param input tool version, rule descriptions and file problems
     * @param out where to write (flushed, not closed)
     * @throws IOException if writing fails
     */
    public static void write(
            Optional<Governance> governance,
            GovernanceRules rules,
            Evaluation evaluation,
            ReportInput input,
            Writer out)
            throws IOException {
        PageData data = new PageData(governance, evaluation, input, Settings.of(rules));
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 14);
        Markup m = new Markup(buffered);
        String title = governance
                .map(g -> g.community().name() + " · governance dashboard")
                .orElse("Governance dashboard");
        m.raw("<!DOCTYPE html>\n");
        m.open("html", "lang", "en");
        m.open("head");
        m.leaf("meta", "charset", "utf-8");
        m.leaf("meta", "http-equiv", "Content-Security-Policy", "content", Style.CONTENT_SECURITY_POLICY);
        m.leaf("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        m.leaf("meta", "name", "generator", "content", "ospo " + input.toolVersion());
        m.element("title", title);
        m.open("style").raw(Style.CSS).close();
        m.close(); // head
        m.open("body");
        header(m, data);
        List<Panel> shown = new ArrayList<>();
        for (Panel panel : PANELS) {
            if (panel.applies().test(data)) {
                shown.add(panel);
            }
        }
        m.open("nav", "aria-label", "sections");
        for (Panel panel : shown) {
            m.element("a", panel.label(), "href", "#" + panel.id());
        }
        m.close();
        m.open("main");
        if (governance.isEmpty()) {
            m.element(
                    "p",
                    "governance.yml could not be read into a model, so there are no charts: the problems below say why.",
                    "class",
                    "note");
        }
        for (Panel panel : shown) {
            m.open("section", "class", "panel", "id", panel.id());
            panel.writing().write(m, data);
            m.close();
            buffered.flush(); // hand each section on as soon as it is written
        }
        m.close(); // main
        m.open("footer");
        m.text("Written by ospo " + input.toolVersion() + " for the evaluation on " + evaluation.date()
                + ". One self-contained file: no scripts, nothing loaded from the network.");
        m.close();
        m.close(); // body
        m.close(); // html
        m.raw("\n");
        if (m.depth() != 0) {
            throw new IllegalStateException("the page left " + m.depth() + " element(s) open");
        }
        buffered.flush();
    }

    private static void header(Markup m, PageData data) throws IOException {
        Evaluation evaluation = data.evaluation();
        boolean passed = Reports.passed(evaluation, data.input());
        m.open("header", "class", "top");
        m.open("h1");
        m.text(data.governance().map(g -> g.community().name()).orElse("Governance check"));
        m.element("span", passed ? "PASSED" : "FAILED", "class", "verdict " + (passed ? "passed" : "failed"));
        m.close();
        m.element(
                "div",
                "Governance dashboard · evaluated on " + evaluation.date() + " with ruleset "
                        + evaluation.rulesetName(),
                "class",
                "sub");
        Optional<String> description =
                data.governance().flatMap(g -> g.community().description());
        if (description.isPresent()) {
            m.element("div", description.get(), "class", "sub");
        }
        m.open("div", "class", "tiles");
        if (data.governance().isPresent()) {
            Governance governance = data.governance().get();
            long members = governance.organisations().stream()
                    .filter(o -> o.isMemberOn(data.date()))
                    .count();
            long active = governance.agreements().stream()
                    .filter(a -> a.isActiveOn(data.date()))
                    .count();
            tile(m, "organisations", members, "");
            tile(m, "projects", governance.projects().size(), "");
            tile(m, "active agreements", active, "");
        }
        long errors = evaluation.failures(Severity.ERROR);
        long warnings = evaluation.failures(Severity.WARNING);
        long inputErrors = data.input().problems().stream()
                .map(FileProblem::problem)
                .filter(p -> p.isError())
                .count();
        tile(m, "failing errors", errors, errors > 0 ? "bad" : "good");
        tile(m, "failing warnings", warnings, warnings > 0 ? "warn" : "good");
        tile(m, "passed", evaluation.countByStatus().get(Status.PASS), "");
        if (evaluation.countByStatus().get(Status.EXEMPTED) > 0) {
            tile(m, "exempted", evaluation.countByStatus().get(Status.EXEMPTED), "");
        }
        if (!data.input().problems().isEmpty()) {
            tile(m, "file problems", data.input().problems().size(), inputErrors > 0 ? "bad" : "warn");
        }
        m.close(); // tiles
        m.close(); // header
    }

    /** One key figure under the title; the tone colours the number (bad, warn, good). */
    private static void tile(Markup m, String label, long value, String tone) throws IOException {
        m.open("div", "class", tone.isEmpty() ? "tile" : "tile " + tone);
        m.element("b", Long.toString(value));
        m.element("span", label);
        m.close();
    }
}
