package eu.ospo.governance.internal.report.html;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Governance;
import eu.ospo.model.Organisation;
import eu.ospo.model.measure.CommunityTimeCompliance;
import eu.ospo.model.measure.CommunityTimeCompliance.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Community time: per organisation, and per team and per coder where the reports name them, the
 * community hours of each policy period as a share of the contract hours, against the policy line.
 * Each organisation's reports (the community's reports naming it and those in its own policy) are
 * measured with {@link CommunityTimeCompliance} under the policy that applies to it, at the
 * percentage CT-BELOW-POLICY requires: the policy's, or the rule's floor when that is higher.
 */
final class CommunityTimeChart {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 54;
    private static final double TOP = 12;
    private static final double BOTTOM = 46;
    private static final int MAX_PERIODS = 12;

    private CommunityTimeChart() {}

    /** One unit's value in one period, with the percentage it had to reach. */
    private record Point(Unit unit, BigDecimal required) {
        Optional<BigDecimal> percent() {
            return unit.percentage(MathContext.DECIMAL64);
        }
    }

    /** The reports of one organisation and the policy they are measured under. */
    private record Reporting(CommunityTimePolicy policy, List<CommunityTimeReport> reports) {}

    private static final List<CommunityTimeScope> LEVELS =
            List.of(CommunityTimeScope.PER_ORGANISATION, CommunityTimeScope.PER_TEAM, CommunityTimeScope.PER_CODER);

    static void write(Markup m, PageData data) throws IOException {
        Governance governance = data.governance().orElseThrow();
        BigDecimal floor = data.settings().communityTimeFloor();
        m.element("h2", "Community time");
        m.element(
                "p",
                "The share of contract hours spent on community work, per reporting period, for every organisation"
                        + " (and every team and coder the reports name). The red dashed line is the percentage the"
                        + " policy requires (or the ruleset's floor of "
                        + Figures.oneDecimal(floor)
                        + " % when higher); green bars meet it, red bars fall short.",
                "class",
                "lead");
        Map<String, Reporting> byOrganisation = reportsByOrganisation(governance);
        if (byOrganisation.isEmpty()) {
            m.element(
                    "p",
                    governance.communityTime().isEmpty()
                            ? "governance.yml sets no community-time policy."
                            : "No community time has been reported yet.",
                    "class",
                    "note");
            return;
        }
        for (CommunityTimeScope level : LEVELS) {
            List<List<Point>> rows = new ArrayList<>();
            byOrganisation.forEach((organisation, reporting) -> {
                BigDecimal required = reporting.policy().percentage().max(floor);
                CommunityTimePolicy measured = new CommunityTimePolicy(
                        required,
                        level,
                        reporting.policy().period(),
                        reporting.policy().appliesToRoles(),
                        List.of());
                Map<String, List<Point>> byMember = new LinkedHashMap<>();
                for (Unit unit : CommunityTimeCompliance.of(measured, reporting.reports())
                        .units()) {
                    byMember.computeIfAbsent(unit.member().orElse(""), k -> new ArrayList<>())
                            .add(new Point(unit, required));
                }
                rows.addAll(byMember.values());
            });
            if (!rows.isEmpty()) {
                level(m, data, level, rows, governance);
            }
        }
    }

    /** Reports by organisation (sorted by id), each with the policy that applies to it. */
    private static Map<String, Reporting> reportsByOrganisation(Governance governance) {
        Map<String, List<CommunityTimeReport>> reports = new TreeMap<>();
        governance
                .communityTime()
                .ifPresent(policy -> policy.reports()
                        .forEach(r -> reports.computeIfAbsent(r.organisation(), k -> new ArrayList<>())
                                .add(r)));
        for (Organisation organisation : governance.organisations()) {
            organisation
                    .communityTime()
                    .ifPresent(own -> own.reports()
                            .forEach(r -> reports.computeIfAbsent(organisation.id(), k -> new ArrayList<>())
                                    .add(new CommunityTimeReport(
                                            organisation.id(),
                                            r.period(),
                                            r.contractHours(),
                                            r.communityHours(),
                                            r.coders(),
                                            r.coder(),
                                            r.team()))));
        }
        Map<String, Reporting> byOrganisation = new LinkedHashMap<>();
        reports.forEach((organisation, list) -> governance
                .communityTimePolicyFor(organisation)
                .ifPresent(policy -> byOrganisation.put(organisation, new Reporting(policy, list))));
        return byOrganisation;
    }

    private static void level(
            Markup m, PageData data, CommunityTimeScope level, List<List<Point>> rows, Governance governance)
            throws IOException {
        boolean policyScope =
                governance.communityTime().map(p -> p.scope() == level).orElse(false);
        m.open("h3");
        m.text(
                switch (level) {
                    case PER_ORGANISATION -> "Per organisation";
                    case PER_TEAM -> "Per team";
                    case PER_CODER -> "Per coder";
                });
        if (policyScope) {
            m.element("span", "the policy's scope", "class", "meta");
        }
        m.close();
        TreeSet<CalendarPeriod> all =
                new TreeSet<>(Comparator.comparing(CalendarPeriod::start).thenComparing(CalendarPeriod::length));
        rows.forEach(row -> row.forEach(point -> all.add(point.unit().period())));
        List<CalendarPeriod> periods = new ArrayList<>(all);
        if (periods.size() > MAX_PERIODS) {
            m.element(
                    "p",
                    "The latest " + MAX_PERIODS + " of " + periods.size() + " reporting periods.",
                    "class",
                    "note");
            periods = periods.subList(periods.size() - MAX_PERIODS, periods.size());
        }
        double top = scaleTop(rows);
        m.open("table", "class", "grid community-time", "data-level", level.value());
        m.open("thead").open("tr");
        m.element("th", level == CommunityTimeScope.PER_ORGANISATION ? "Organisation" : "Who");
        m.open("th");
        axis(m, periods);
        m.close();
        m.element("th", "Latest");
        m.close().close();
        m.open("tbody");
        for (List<Point> row : rows) {
            row(m, data, level, row, periods, top);
        }
        m.close().close();
    }

    /** The top of the percentage scale: twice the highest required percentage, or the highest value. */
    private static double scaleTop(List<List<Point>> rows) {
        double top = 10;
        for (List<Point> row : rows) {
            for (Point point : row) {
                top = Math.max(top, point.required().doubleValue() * 2);
                top = Math.max(top, point.percent().map(BigDecimal::doubleValue).orElse(0.0));
            }
        }
        return Math.min(100, Math.ceil(top / 5) * 5);
    }

    private static void axis(Markup m, List<CalendarPeriod> periods) throws IOException {
        double slot = WIDTH / periods.size();
        Svg.open(m, WIDTH, 18, "periods", "Reporting periods");
        int every = (int) Math.ceil(Labels.width("2026-Q1", 11) / (slot - 4));
        for (int i = 0; i < periods.size(); i++) {
            if (i % Math.max(1, every) == 0) {
                Svg.text(m, slot * i + slot / 2, 13, periods.get(i).label(), "middle", "muted");
            }
        }
        m.close();
    }

    private static void row(
            Markup m,
            PageData data,
            CommunityTimeScope level,
            List<Point> row,
            List<CalendarPeriod> periods,
            double top)
            throws IOException {
        Unit first = row.get(0).unit();
        String who = who(data, level, first);
        m.open("tr");
        m.element("td", who);
        m.open("td", "class", "bars");
        Svg.open(m, WIDTH, HEIGHT, "community-time-bars", "Community time of " + who);
        double slot = WIDTH / periods.size();
        double barWidth = Math.min(slot * 0.66, 46);
        Map<CalendarPeriod, Point> byPeriod = new LinkedHashMap<>();
        row.forEach(point -> byPeriod.put(point.unit().period(), point));
        Svg.line(m, 0, BOTTOM, WIDTH, BOTTOM, "axis");
        for (int i = 0; i < periods.size(); i++) {
            double centre = slot * i + slot / 2;
            Point point = byPeriod.get(periods.get(i));
            if (point == null) {
                Svg.group(m, "no-report", who + ", " + periods.get(i).label() + ": no report");
                m.leaf("circle", "cx", Markup.num(centre), "cy", Markup.num(BOTTOM - 3), "r", "2.5", "fill", "#c9ced6");
                m.close();
                continue;
            }
            bar(m, who, point, centre, barWidth, slot, top);
        }
        double required = row.get(row.size() - 1).required().doubleValue();
        double lineY = y(required, top);
        Svg.line(m, 0, lineY, WIDTH, lineY, "policy");
        m.close(); // svg
        m.close(); // td
        Point latest = row.get(row.size() - 1);
        m.open("td", "class", "num");
        m.text(latest.percent().map(p -> Figures.oneDecimal(p) + " %").orElse("–"));
        m.leaf("br");
        m.element(
                "span",
                latest.unit().met()
                        ? "meets " + Figures.oneDecimal(latest.required()) + " %"
                        : "below " + Figures.oneDecimal(latest.required()) + " %",
                "class",
                "chip " + (latest.unit().met() ? "met" : "below"));
        m.close();
        m.close(); // tr
    }

    private static void bar(Markup m, String who, Point point, double centre, double barWidth, double slot, double top)
            throws IOException {
        Unit unit = point.unit();
        double value = point.percent().map(BigDecimal::doubleValue).orElse(0.0);
        double y = y(Math.min(value, top), top);
        String percent = point.percent().map(p -> Figures.oneDecimal(p) + " %").orElse("no contract hours");
        Svg.group(
                m,
                unit.met() ? "period met" : "period below",
                who + ", " + unit.period().label() + ": " + Figures.hours(unit.communityHours()) + " of "
                        + Figures.hours(unit.contractHours()) + " contract hours (" + percent + "); required "
                        + Figures.oneDecimal(point.required()) + " %");
        Svg.rect(m, centre - barWidth / 2, y, barWidth, BOTTOM - y, unit.met() ? "#2e7d32" : "#c62828", "rx", "2");
        if (slot >= 34) {
            Svg.text(m, centre, Math.max(10, y - 3), Labels.fit(percent, slot - 2, 10), "middle", "muted");
        }
        m.close();
    }

    private static double y(double percent, double top) {
        return BOTTOM - (BOTTOM - TOP) * percent / top;
    }

    private static String who(PageData data, CommunityTimeScope level, Unit unit) {
        String organisation = data.organisationName(unit.organisation());
        return switch (level) {
            case PER_ORGANISATION -> organisation;
            case PER_TEAM -> unit.member().orElse("") + " (" + organisation + ")";
            case PER_CODER -> data.contactName(unit.member().orElse("")) + " (" + organisation + ")";
        };
    }
}
