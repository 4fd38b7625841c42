package eu.ospo.governance.internal.report.html;

import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.measure.CommittedEffort;
import eu.ospo.model.measure.Concentration;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Effort shares: per project, the committed hours of the agreements active on the evaluation date as
 * one bar split by organisation and one split by maintainer, largest first, with the threshold share
 * p drawn as a dashed line. The number of segments left of the line is the elephant factor
 * (organisations) or the contributor absence factor (maintainers), computed with the same measures
 * and parameters as DIV-ELEPHANT and DIV-BUS-FACTOR ({@link CommittedEffort}, {@link Concentration}).
 */
final class EffortShares {

    private static final double BAR_WIDTH = 460;
    private static final double BAR_HEIGHT = 34;
    private static final double LABEL = 13;

    private EffortShares() {}

    static void write(Markup m, PageData data) throws IOException {
        Governance governance = data.governance().orElseThrow();
        Settings settings = data.settings();
        m.element("h2", "Effort shares");
        m.element(
                "p",
                "Who carries each project: the hours per year committed by agreements active on " + data.date()
                        + ", split by organisation and by named maintainer, largest first. The dashed line is at "
                        + Figures.oneDecimal(settings.elephantShare().movePointRight(2))
                        + " %: the number of organisations needed to reach it is the elephant factor (at least "
                        + settings.elephantMinimum()
                        + " wanted), the number of maintainers is the contributor absence factor (at least "
                        + settings.absenceMinimum() + " wanted). A long first segment is a project that depends on"
                        + " one party.",
                "class",
                "lead");
        Set<String> providers = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        for (MaintainerAgreement agreement : governance.agreements()) {
            if (agreement.isActiveOn(data.date())) {
                active.add(agreement.provider()); // the organisations' bars
                agreement.maintainers().forEach(c -> data.affiliation(c).ifPresent(active::add)); // the maintainers'
            }
        }
        governance.organisations().stream()
                .map(Organisation::id)
                .filter(active::contains)
                .forEach(providers::add);
        Legend.organisations(m, data, providers);
        m.open("table", "class", "grid effort");
        m.open("thead").open("tr");
        m.element("th", "Project");
        m.element("th", "Organisations");
        m.element("th", "Elephant factor");
        m.element("th", "Maintainers");
        m.element("th", "Absence factor");
        m.close().close();
        m.open("tbody");
        for (Project project : governance.projects()) {
            row(m, data, project, governance.agreementsOn(project.id()));
        }
        m.close().close();
    }

    private static void row(Markup m, PageData data, Project project, List<MaintainerAgreement> agreements)
            throws IOException {
        Settings settings = data.settings();
        m.open("tr", "data-project", project.id());
        m.open("td", "class", "project");
        m.text(project.name());
        BigDecimal committed = CommittedEffort.total(agreements, data.date(), settings.basis());
        if (committed.signum() > 0) {
            m.element(
                    "span",
                    Figures.hours(committed) + " h/yr · "
                            + Figures.fte(settings.basis().toFte(committed)) + " FTE",
                    "class",
                    "total");
        }
        m.close();
        if (project.maintenanceType().orElse(null) == MaintenanceType.NONE) {
            m.element("td", "not maintained (maintenance type none)", "colspan", "4", "class", "note");
            m.close();
            return;
        }
        Map<String, BigDecimal> byOrganisation = CommittedEffort.byProvider(agreements, data.date(), settings.basis());
        BigDecimal total = sum(byOrganisation);
        if (total.signum() == 0) {
            m.element("td", "no effort committed by active agreements", "colspan", "3", "class", "note");
            m.open("td", "class", "factor-cell");
            factor(m, 0, settings.elephantMinimum());
            m.close();
            m.close();
            return;
        }
        m.open("td", "class", "bar");
        bar(
                m,
                "organisations",
                byOrganisation,
                data.palette()::colour,
                data::organisationName,
                settings.elephantShare(),
                "of the hours of " + project.name());
        m.close();
        m.open("td", "class", "factor-cell");
        factor(m, Concentration.elephantFactor(byOrganisation, settings.elephantShare()), settings.elephantMinimum());
        m.close();
        Map<String, BigDecimal> byMaintainer = CommittedEffort.byMaintainer(agreements, data.date(), settings.basis());
        BigDecimal unassigned = CommittedEffort.unassigned(agreements, data.date(), settings.basis());
        m.open("td", "class", "bar");
        if (byMaintainer.isEmpty()) {
            m.element("span", "no active agreement names a maintainer", "class", "note");
        } else {
            bar(
                    m,
                    "maintainers",
                    byMaintainer,
                    contact -> data.palette().colour(data.affiliation(contact).orElse("")),
                    data::contactName,
                    settings.absenceShare(),
                    "of the maintainers' hours of " + project.name());
        }
        if (unassigned.signum() > 0) {
            m.element(
                    "div",
                    "+ " + Figures.hours(unassigned) + " h/yr in agreements that name no maintainer",
                    "class",
                    "note");
        }
        m.close();
        m.open("td", "class", "factor-cell");
        factor(
                m,
                Concentration.contributorAbsenceFactor(byMaintainer, settings.absenceShare()),
                settings.absenceMinimum());
        m.close();
        m.close();
    }

    /**
     * A bar of shares, largest first (ties by id), each segment labelled with its name and share when
     * there is room, and the threshold as a dashed line.
     */
    private static void bar(
            Markup m,
            String cssClass,
            Map<String, BigDecimal> weights,
            Function<String, String> colour,
            Function<String, String> name,
            BigDecimal threshold,
            String ofWhat)
            throws IOException {
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        BigDecimal total = sum(weights);
        Svg.open(m, BAR_WIDTH, BAR_HEIGHT, "shares " + cssClass, "Shares " + ofWhat);
        double x = 0;
        for (Map.Entry<String, BigDecimal> entry : entries) {
            double width = BAR_WIDTH * Figures.fraction(entry.getValue(), total);
            String fill = colour.apply(entry.getKey());
            String who = name.apply(entry.getKey());
            String percent = Figures.percent(entry.getValue(), total) + " %";
            Svg.group(
                    m,
                    "share",
                    who + ": " + Figures.hours(entry.getValue()) + " h/yr, " + percent + " " + ofWhat,
                    "data-id",
                    entry.getKey());
            Svg.rect(m, x, 4, width, BAR_HEIGHT - 8, fill);
            String label = Labels.fit(who + " " + percent, width - 8, LABEL);
            if (label.isEmpty() || label.endsWith("…") && Labels.width(percent, LABEL) <= width - 8) {
                label = Labels.fit(percent, width - 8, LABEL);
            }
            m.open(
                    "text",
                    "x",
                    Markup.num(x + 4),
                    "y",
                    Markup.num(BAR_HEIGHT / 2 + 4.5),
                    "fill",
                    Palette.textOn(fill),
                    "font-size",
                    Markup.num(LABEL));
            m.text(label);
            m.close();
            m.close();
            x += width;
            Svg.line(m, x, 4, x, BAR_HEIGHT - 4, "sep");
        }
        double line = BAR_WIDTH * threshold.doubleValue();
        Svg.line(m, line, 0, line, BAR_HEIGHT, "threshold");
        m.close();
    }

    /** The factor as a badge: green when it reaches the minimum, red when not. */
    private static void factor(Markup m, int factor, int minimum) throws IOException {
        m.open("span", "class", "factor " + (factor >= minimum ? "ok" : "low"));
        m.text(Integer.toString(factor));
        m.element("small", "≥ " + minimum);
        m.close();
    }

    private static BigDecimal sum(Map<String, BigDecimal> weights) {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
