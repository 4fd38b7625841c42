package eu.ospo.governance.internal.report.html;

import static eu.ospo.governance.internal.report.html.Markup.num;

import eu.ospo.governance.rules.Finding;
import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.DateRange;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.measure.Coverage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agreements over time: per project, one bar per maintainer agreement from its start to its end,
 * grouped by the organisation that provides it and in its colour; the evaluation date and the end
 * of the coverage horizon as vertical lines; the days no signed maintenance agreement covers
 * ({@link Coverage}, the measure behind AGR-COVERAGE-GAP) hatched in red; and a red tag on every
 * agreement AGR-EXPIRING reports as ending within its window without a successor.
 */
final class AgreementTimeline {

    private static final double WIDTH = 1160;
    private static final double ORGANISATION_COLUMN = 214;
    private static final double PLOT_LEFT = 350;
    private static final double PLOT_RIGHT = WIDTH - 12;
    private static final double AXIS = 36;
    private static final double ROW = 26;
    private static final double BAR = 16;

    /** Projects beyond this many are folded unless something in them needs attention. */
    private static final int OPEN_PROJECTS = 8;

    private AgreementTimeline() {}

    static void write(Markup m, PageData data) throws IOException {
        Governance governance = data.governance().orElseThrow();
        int horizon = data.settings().horizonDays();
        m.element("h2", "Agreements over time");
        m.element(
                "p",
                "Every maintainer agreement of every project, grouped by the organisation that provides it. The dark"
                        + " line is the evaluation date, the dashed line the end of the "
                        + horizon
                        + "-day horizon that maintenance must cover. Red hatching marks days that no signed"
                        + " maintenance agreement covers; a red tag marks an agreement that ends within its warning"
                        + " window with no successor.",
                "class",
                "lead");
        legend(m, data, governance);
        List<LocalDate> days = new ArrayList<>();
        days.add(data.date().plusDays(horizon));
        for (MaintainerAgreement agreement : governance.agreements()) {
            days.add(agreement.start());
            agreement.end().ifPresent(days::add);
        }
        TimeScale scale = TimeScale.around(days, data.date(), PLOT_LEFT, PLOT_RIGHT);
        Map<String, Finding> expiring = data.expiring();
        Map<String, Integer> order = new HashMap<>();
        for (Organisation organisation : governance.organisations()) {
            order.putIfAbsent(organisation.id(), order.size());
        }
        boolean fold = governance.projects().size() > OPEN_PROJECTS;
        int index = 0;
        for (Project project : governance.projects()) {
            List<MaintainerAgreement> agreements = new ArrayList<>(governance.agreementsOn(project.id()));
            agreements.sort(Comparator.comparingInt(
                            (MaintainerAgreement a) -> order.getOrDefault(a.provider(), Integer.MAX_VALUE))
                    .thenComparing(MaintainerAgreement::provider)
                    .thenComparing(MaintainerAgreement::start)
                    .thenComparing(MaintainerAgreement::id));
            new ProjectChart(data, project, agreements, scale, expiring, index++).write(m, fold);
        }
    }

    private static void legend(Markup m, PageData data, Governance governance) throws IOException {
        Set<String> withAgreements = new HashSet<>();
        governance.agreements().forEach(a -> withAgreements.add(a.provider()));
        Set<String> providers = new LinkedHashSet<>();
        for (Organisation organisation : governance.organisations()) {
            if (withAgreements.contains(organisation.id())) {
                providers.add(organisation.id());
            }
        }
        Legend.organisations(m, data, providers);
        m.open("div", "class", "legend");
        Legend.swatch(m, "swatch", "#8a94a6", "maintenance");
        Legend.swatch(m, "swatch light", "#8a94a6", "other kinds (hosting, development, ...)");
        Legend.swatch(m, "swatch hollow", "", "draft");
        Legend.swatch(m, "swatch", "#c9ced6", "terminated");
        Legend.swatch(m, "swatch gap", "", "not covered by maintenance");
        Legend.swatch(m, "swatch line", "", "evaluation date");
        Legend.swatch(m, "swatch dash", "", "coverage horizon");
        m.element("span", "▶ no end date");
        m.close();
    }

    /** The chart of one project. */
    private static final class ProjectChart {

        private final PageData data;
        private final Project project;
        private final List<MaintainerAgreement> agreements;
        private final TimeScale scale;
        private final Map<String, Finding> expiring;
        private final int index;
        private final Optional<Coverage> coverage;

        ProjectChart(
                PageData data,
                Project project,
                List<MaintainerAgreement> agreements,
                TimeScale scale,
                Map<String, Finding> expiring,
                int index) {
            this.data = data;
            this.project = project;
            this.agreements = agreements;
            this.scale = scale;
            this.expiring = expiring;
            this.index = index;
            this.coverage = coverage();
        }

        /**
         * The maintenance cover from the first signed maintenance agreement (or the evaluation date)
         * to the end of the horizon; none for a project that is not maintained.
         */
        private Optional<Coverage> coverage() {
            if (project.maintenanceType().orElse(null) == MaintenanceType.NONE) {
                return Optional.empty();
            }
            List<MaintainerAgreement> maintenance = agreements.stream()
                    .filter(a -> a.kind() == AgreementKind.MAINTENANCE)
                    .toList();
            LocalDate end = data.date().plusDays(data.settings().horizonDays());
            LocalDate start = maintenance.stream()
                    .filter(a -> a.status() == AgreementStatus.SIGNED)
                    .map(MaintainerAgreement::start)
                    .min(Comparator.naturalOrder())
                    .filter(first -> first.isBefore(data.date()))
                    .orElse(data.date());
            return Optional.of(Coverage.of(maintenance, new DateRange(start, end)));
        }

        private boolean needsAttention() {
            boolean expires = agreements.stream().anyMatch(a -> expiring.containsKey(a.id()));
            boolean gapAhead = coverage.map(
                            c -> c.gaps().stream().anyMatch(g -> !g.end().isBefore(data.date())))
                    .orElse(false);
            return expires || gapAhead || agreements.isEmpty();
        }

        void write(Markup m, boolean fold) throws IOException {
            boolean open = !fold || needsAttention();
            m.open("details", "class", "project", "open", open ? "" : null, "id", "timeline-" + project.id());
            m.open("summary");
            m.open("h3");
            m.text(project.name());
            m.element("span", summary(), "class", "meta");
            m.close();
            m.close();
            double height = AXIS + ROW * (agreements.size() + 1) + 10;
            Svg.open(m, WIDTH, height, "timeline", "Agreements on " + project.name() + " over time");
            m.open("defs");
            m.open(
                    "pattern",
                    "id",
                    hatch(),
                    "width",
                    "6",
                    "height",
                    "6",
                    "patternUnits",
                    "userSpaceOnUse",
                    "patternTransform",
                    "rotate(45)");
            Svg.rect(m, 0, 0, 6, 6, "#fbe3e3");
            Svg.rect(m, 0, 0, 2.2, 6, "#c62828");
            m.close();
            m.close();
            axis(m, height);
            double y = AXIS;
            String previous = "";
            for (MaintainerAgreement agreement : agreements) {
                boolean first = !agreement.provider().equals(previous);
                if (first && !previous.isEmpty()) {
                    Svg.line(m, 0, y, PLOT_RIGHT, y, "grid");
                }
                row(m, agreement, y, first);
                previous = agreement.provider();
                y += ROW;
            }
            Svg.line(m, 0, y, PLOT_RIGHT, y, "axis");
            coverageRow(m, y, height);
            markers(m, height);
            m.close(); // svg
            m.close(); // details
        }

        private String hatch() {
            return "gap-hatch-" + index;
        }

        private String summary() {
            StringBuilder text = new StringBuilder();
            project.maintenanceType()
                    .ifPresent(
                            t -> text.append("maintenance: ").append(t.value()).append(" · "));
            text.append(Figures.count(agreements.size(), "agreement"));
            long active =
                    agreements.stream().filter(a -> a.isActiveOn(data.date())).count();
            text.append(", ").append(active).append(" active");
            coverage.ifPresent(c -> {
                long ahead = c.gaps().stream()
                        .filter(g -> !g.end().isBefore(data.date()))
                        .mapToLong(g -> new DateRange(
                                        g.start().isBefore(data.date()) ? data.date() : g.start(), g.end())
                                .days())
                        .sum();
                text.append(" · ")
                        .append(
                                ahead == 0
                                        ? "covered for the next "
                                                + Figures.days(data.settings().horizonDays())
                                        : Figures.days(ahead) + " uncovered in the next "
                                                + Figures.days(data.settings().horizonDays()));
            });
            return text.toString();
        }

        private void axis(Markup m, double height) throws IOException {
            boolean wide = scale.yearWidth() >= 42;
            int step = wide ? 1 : (int) Math.ceil(42 / scale.yearWidth());
            int count = 0;
            for (LocalDate year : scale.years()) {
                double x = scale.x(year);
                Svg.line(m, x, AXIS - 4, x, height - 6, "grid");
                if (count++ % step == 0) {
                    String label = Integer.toString(year.getYear());
                    double labelX = wide ? x + scale.yearWidth() / 2 : x;
                    Svg.text(m, labelX, 13, label, wide ? "middle" : "start", "muted");
                }
            }
            Svg.line(m, PLOT_LEFT, AXIS - 4, PLOT_RIGHT, AXIS - 4, "axis");
        }

        private void markers(Markup m, double height) throws IOException {
            LocalDate horizonEnd = data.date().plusDays(data.settings().horizonDays());
            double today = scale.x(data.date());
            double horizon = scale.xAfter(horizonEnd);
            Svg.line(m, horizon, AXIS - 10, horizon, height - 4, "horizon");
            Svg.text(m, horizon + 4, 29, "+" + data.settings().horizonDays() + " d", "start", "muted");
            Svg.line(m, today, AXIS - 10, today, height - 4, "today");
            Svg.text(m, today - 4, 29, data.date().toString(), "end", "strong");
        }

        private void row(Markup m, MaintainerAgreement agreement, double y, boolean first) throws IOException {
            String colour = data.palette().colour(agreement.provider());
            double middle = y + ROW / 2 + 4;
            if (first) {
                String name = data.organisationName(agreement.provider());
                Svg.group(m, "provider", name);
                Svg.rect(m, 0, y + 8, 10, 10, colour, "rx", "2");
                Svg.text(m, 16, middle, Labels.fit(name, ORGANISATION_COLUMN - 22, Svg.FONT), "start", "strong");
                m.close();
            }
            Svg.text(
                    m,
                    ORGANISATION_COLUMN,
                    middle,
                    Labels.fit(agreement.id(), PLOT_LEFT - ORGANISATION_COLUMN - 10, Svg.FONT),
                    "start",
                    "muted");
            Optional<Finding> ends = Optional.ofNullable(expiring.get(agreement.id()));
            Svg.group(m, "agreement", tooltip(agreement, ends), "data-agreement", agreement.id());
            double x1 = scale.x(agreement.start());
            boolean open =
                    agreement.end().isEmpty() || scale.beyond(agreement.end().get());
            double x2 = agreement.end().map(scale::xAfter).orElse(PLOT_RIGHT);
            double width = Math.max(2, x2 - x1);
            double top = y + (ROW - BAR) / 2;
            BarStyle style = BarStyle.of(agreement, colour);
            Svg.rect(
                    m,
                    x1,
                    top,
                    width,
                    BAR,
                    style.fill,
                    "rx",
                    "3",
                    "fill-opacity",
                    style.opacity,
                    "stroke",
                    ends.isPresent() ? "#c62828" : style.stroke,
                    "stroke-width",
                    ends.isPresent() ? "2.5" : "1.2",
                    "stroke-dasharray",
                    style.dashed ? "4 3" : null);
            if (open) {
                m.leaf(
                        "polygon",
                        "points",
                        num(x2 - 1) + "," + num(top - 2) + " " + num(x2 + 8) + "," + num(top + BAR / 2) + " "
                                + num(x2 - 1) + "," + num(top + BAR + 2),
                        "fill",
                        style.stroke);
            }
            Svg.textFilled(m, x1 + 6, middle, Labels.fit(effort(agreement), width - 12, Svg.FONT), "start", style.text);
            m.close(); // g
            if (ends.isPresent()) {
                tag(m, ends.get(), x2, y);
            }
        }

        /** The red tag of an expiring agreement: right of the bar's end when there is room, else over it. */
        private void tag(Markup m, Finding finding, double end, double y) throws IOException {
            Object left = finding.evidence().get("daysLeft");
            String text = "⚠ ends in " + left + " d, no successor";
            double width = Labels.width(text, 11.5) + 12;
            double x = end + 12 + width <= PLOT_RIGHT ? end + 12 : end - width - 4;
            double top = y + 3;
            Svg.group(m, "expiring", finding.message());
            Svg.rect(m, x, top, width, ROW - 6, "#ffffff", "rx", "4", "stroke", "#c62828", "stroke-width", "1.5");
            Svg.text(m, x + 6, top + ROW / 2 + 1, text, "start", "alert");
            m.close();
        }

        private void coverageRow(Markup m, double y, double height) throws IOException {
            double middle = y + ROW / 2 + 4;
            Svg.text(m, 0, middle, "Maintenance cover", "start", "strong");
            if (coverage.isEmpty()) {
                Svg.text(m, PLOT_LEFT, middle, "not maintained (maintenance type none)", "start", "muted");
                return;
            }
            Coverage cover = coverage.get();
            double top = y + (ROW - 10) / 2;
            double x1 = scale.x(cover.range().start());
            double x2 = scale.xAfter(cover.range().end());
            Svg.group(
                    m,
                    "cover",
                    "maintenance cover from " + cover.range().start() + " to "
                            + cover.range().end() + ": " + cover.coveredDays() + " of "
                            + cover.range().days() + " days covered");
            Svg.rect(m, x1, top, x2 - x1, 10, "#2e7d32", "rx", "2", "fill-opacity", "0.55");
            m.close();
            for (DateRange gap : cover.gaps()) {
                double g1 = scale.x(gap.start());
                double g2 = Math.max(g1 + 2, scale.xAfter(gap.end()));
                Svg.group(
                        m,
                        "gap",
                        "no maintenance agreement covers " + gap.start() + " to " + gap.end() + " ("
                                + Figures.days(gap.days()) + ")");
                Svg.rect(m, g1, AXIS, g2 - g1, y - AXIS, "#c62828", "fill-opacity", "0.06");
                Svg.rect(m, g1, top - 3, g2 - g1, 16, "url(#" + hatch() + ")", "stroke", "#c62828");
                String label = Labels.width("gap " + Figures.days(gap.days()), 11) <= g2 - g1 - 6
                        ? "gap " + Figures.days(gap.days())
                        : Labels.width(gap.days() + " d", 11) <= g2 - g1 - 6 ? gap.days() + " d" : "";
                if (!label.isEmpty()) {
                    Svg.rect(
                            m,
                            (g1 + g2) / 2 - Labels.width(label, 11) / 2 - 3,
                            top - 1,
                            Labels.width(label, 11) + 6,
                            12,
                            "#ffffff",
                            "fill-opacity",
                            "0.85");
                    Svg.text(m, (g1 + g2) / 2, top + 9, label, "middle", "alert");
                }
                m.close();
            }
        }

        private String tooltip(MaintainerAgreement agreement, Optional<Finding> ends) {
            StringBuilder text = new StringBuilder();
            text.append(agreement.id())
                    .append(": ")
                    .append(agreement.kind().value())
                    .append(" by ")
                    .append(data.organisationName(agreement.provider()));
            agreement
                    .contractor()
                    .ifPresent(c -> text.append(" (contractor ")
                            .append(data.organisationName(c))
                            .append(')'));
            text.append(", ")
                    .append(agreement.start())
                    .append(" to ")
                    .append(agreement.end().map(LocalDate::toString).orElse("no end"))
                    .append(", ")
                    .append(agreement.status().value());
            String effort = effort(agreement);
            if (agreement.commitment().isPresent()) {
                text.append(", ")
                        .append(effort)
                        .append(" (")
                        .append(Figures.hours(
                                agreement.committedHoursPerYear(data.settings().basis())))
                        .append(" h/yr)");
            }
            text.append(", renewal ").append(agreement.renewal().value());
            agreement.noticePeriodDays().ifPresent(d -> text.append(", notice ").append(Figures.days(d)));
            if (!agreement.maintainers().isEmpty()) {
                text.append(", maintainers ");
                for (int i = 0; i < agreement.maintainers().size(); i++) {
                    text.append(i == 0 ? "" : ", ")
                            .append(data.contactName(agreement.maintainers().get(i)));
                }
            }
            ends.ifPresent(f -> text.append(". ").append(f.message()));
            return text.toString();
        }
    }

    /** The commitment as a short label: {@code 0.4 FTE}, {@code 40 h/month}; the kind without one. */
    static String effort(MaintainerAgreement agreement) {
        if (agreement.commitment().isEmpty()) {
            return agreement.kind().value();
        }
        Commitment commitment = agreement.commitment().get();
        if (commitment.unit() == CommitmentUnit.FTE) {
            return Figures.fte(commitment.amount()) + " FTE";
        }
        return Figures.oneDecimal(commitment.amount()) + " h/"
                + commitment.per().map(p -> p.value()).orElse("?");
    }

    /**
     * How a bar is drawn: signed maintenance agreements solid in the provider's colour, other signed
     * agreements light with a solid outline, drafts hollow and dashed, terminated agreements grey.
     */
    private record BarStyle(String fill, String opacity, String stroke, boolean dashed, String text) {

        static BarStyle of(MaintainerAgreement agreement, String colour) {
            return switch (agreement.status()) {
                case DRAFT -> new BarStyle("#ffffff", "1", colour, true, "#1d2330");
                case TERMINATED -> new BarStyle("#c9ced6", "1", "#aab2c0", false, "#1d2330");
                case SIGNED ->
                    agreement.kind() == AgreementKind.MAINTENANCE
                            ? new BarStyle(colour, "1", colour, false, Palette.textOn(colour))
                            : new BarStyle(colour, "0.35", colour, false, "#1d2330");
            };
        }
    }
}
