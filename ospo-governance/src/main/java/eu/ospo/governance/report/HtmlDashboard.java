package eu.ospo.governance.report;

import eu.ospo.Ospo;
import eu.ospo.governance.check.RepositoryCheck;
import eu.ospo.governance.check.RepositoryResult;
import eu.ospo.governance.internal.report.html.HtmlDashboardWriter;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.GovernanceRules;
import eu.ospo.model.Governance;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard: one self-contained HTML page of a community that people would rather look at than
 * read. Besides the {@link Evaluation} and the {@link ReportInput} of every report it draws from the
 * governance model itself:
 *
 * <ul>
 *   <li>agreements over time per project and organisation, with the evaluation date, the gaps in
 *       maintenance cover and the agreements about to expire;
 *   <li>each project's effort shares per organisation (the elephant factor) and per maintainer (the
 *       contributor absence factor);
 *   <li>community time per organisation, team and coder against the policy line, per period;
 *   <li>the findings grouped by rule with their locations, and the problems of the input files.
 * </ul>
 *
 * <p>The lines the charts draw (the threshold share, the warning window, the coverage horizon, the
 * community-time floor, the FTE basis) are the parameters of the {@link GovernanceRules} given, so
 * a chart shows what its rule judges by.
 *
 * <pre>{@code
 * RepositoryCheck check = RepositoryCheck.builder().date(date).build();
 * HtmlDashboard.write(check, check.check(repository), out); // a checked repository folder
 *
 * HtmlDashboard.builder().governance(governance).rules(engine).build() // or from the parts
 *         .write(evaluation, ReportInput.of(version).withRules(engine.rules()), out);
 * }</pre>
 *
 * <p>The page needs nothing else: styles and SVG charts are inline, there is no script, and a
 * content-security policy forbids loading anything. Every text from the files is escaped for HTML
 * (and control and bidirectional-formatting characters are shown, not obeyed). The page is written
 * to the writer section by section as it is computed, never built in memory as a whole. Without a
 * governance model ({@link Reports#writer(ReportFormat) Reports.writer(HTML)}, or when governance.yml
 * could not be read) the page shows the findings and the problems only. Immutable and thread-safe.
 */
public final class HtmlDashboard implements ReportWriter {

    /** The dashboard without a governance model: findings and problems only. */
    static final HtmlDashboard WITHOUT_MODEL = new HtmlDashboard(Optional.empty(), GovernanceRules.defaults());

    private final Optional<Governance> governance;
    private final GovernanceRules rules;

    private HtmlDashboard(Optional<Governance> governance, GovernanceRules rules) {
        this.governance = governance;
        this.rules = rules;
    }

    /**
     * A builder: no governance model and the default rules until told otherwise.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The dashboard of a checked repository folder: its governance model (when governance.yml gave
     * one) under the check's rules.
     *
     * @param check the check that produced the result (its rules draw the lines)
     * @param result the result
     * @return the dashboard
     */
    public static HtmlDashboard of(RepositoryCheck check, RepositoryResult result) {
        Builder builder = builder().rules(check.rules());
        result.governance().ifPresent(builder::governance);
        return builder.build();
    }

    /**
     * Writes the dashboard of a checked repository folder: the evaluation (none when the rules did
     * not run), the problems of every file and the notes, described by the check's rules and
     * written by this version of ospo.
     *
     * @param check the check that produced the result
     * @param result the result
     * @param out where to write (flushed, not closed)
     * @throws IOException if writing fails
     */
    public static void write(RepositoryCheck check, RepositoryResult result, Writer out) throws IOException {
        ReportInput input = new ReportInput(
                Ospo.version(),
                ReportInput.of(Ospo.version()).withRules(check.rules().rules()).ruleDescriptions(),
                result.problems());
        Evaluation evaluation = result.evaluation()
                .orElseGet(() ->
                        new Evaluation(check.date(), check.rules().ruleset().name(), List.of()));
        of(check, result).write(evaluation, input, out);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    /**
     * Writes the page. The writer is flushed after each section and at the end, not closed.
     *
     * @param evaluation the evaluation of {@link Builder#rules(GovernanceRules) the rules} over {@link
     *     Builder#governance(Governance) the model}
     * @param input the tool version, rule descriptions and input-file problems
     * @param out where to write; the page is UTF-8 text ({@code <meta charset="utf-8">}), so write
     *     it to a file or stream as UTF-8
     * @throws IOException if writing fails
     */
    @Override
    public void write(Evaluation evaluation, ReportInput input, Writer out) throws IOException {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        HtmlDashboardWriter.write(governance, rules, evaluation, input, out);
    }

    /** Builds an {@link HtmlDashboard}. Not thread-safe; the dashboard it builds is. */
    public static final class Builder {

        private Optional<Governance> governance = Optional.empty();
        private GovernanceRules rules = GovernanceRules.defaults();

        private Builder() {}

        /**
         * The community to chart: the model the evaluation was made over.
         *
         * @param governance the model
         * @return this builder
         */
        public Builder governance(Governance governance) {
            this.governance = Optional.of(governance);
            return this;
        }

        /**
         * The rules the evaluation was made with (default: {@link GovernanceRules#defaults()}): their
         * parameters draw the charts' lines.
         *
         * @param rules the engine
         * @return this builder
         */
        public Builder rules(GovernanceRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Builds the dashboard.
         *
         * @return the dashboard
         */
        public HtmlDashboard build() {
            return new HtmlDashboard(governance, rules);
        }
    }
}
