package eu.ospo.governance.internal.report.html;

import eu.ospo.model.Governance;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.measure.Tenure;
import eu.ospo.model.measure.TenureDistribution;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Team tenure: per team, how long each of its coders has been its coder on the evaluation date (one
 * bar each, in months), the team's median against the line TEAM-TENURE judges by, and the teams of
 * primary processes without a coder (TEAM-CODER-EMBEDDED), with the coders who left them. Long
 * tenure is how a team keeps what it knows about its software; a primary-process team that lost its
 * coders can no longer change the software its work depends on.
 */
final class TenureChart {

    private static final double WIDTH = 600;
    private static final double LABEL = 170;
    private static final double ROW = 20;
    private static final double AXIS = 18;

    private TenureChart() {}

    /** Whether there is a team to show. */
    static boolean applies(PageData data) {
        return data.governance().map(g -> !g.teams().isEmpty()).orElse(false);
    }

    static void write(Markup m, PageData data) throws IOException {
        Governance governance = data.governance().orElseThrow();
        int months = data.settings().tenureMonths();
        m.element("h2", "Team tenure");
        m.element(
                "p",
                "How long each coder has been a coder of the team on " + data.date()
                        + " (one bar per coder, in months), and the team's median against the "
                        + months + "-month line TEAM-TENURE judges by (red dashed). Coders who stay for years"
                        + " keep the knowledge of the software inside the process that uses it; a team of a"
                        + " primary process without a coder (TEAM-CODER-EMBEDDED) is marked, with the coders"
                        + " who left it.",
                "class",
                "lead");
        List<Team> teams = governance.teams();
        double top = scaleTop(teams, data.date(), months);
        m.open("table", "class", "grid tenure");
        m.open("thead").open("tr");
        m.element("th", "Team");
        m.element("th", "Coders and their tenure");
        m.element("th", "Median");
        m.close().close();
        m.open("tbody");
        for (Team team : teams) {
            row(m, data, team, months, top);
        }
        m.close().close();
    }

    /** The top of the month scale: a whole number of years past the longest tenure and twice the line. */
    private static double scaleTop(List<Team> teams, LocalDate day, int months) {
        double top = Math.max(12, months * 2.0);
        for (Team team : teams) {
            for (long days : Tenure.perCoder(team, day).values()) {
                top = Math.max(top, monthsOf(days).doubleValue());
            }
        }
        return Math.ceil(top / 12) * 12;
    }

    private static void row(Markup m, PageData data, Team team, int months, double top) throws IOException {
        Map<String, Long> perCoder = Tenure.perCoder(team, data.date());
        TenureDistribution distribution = TenureDistribution.of(perCoder.values());
        boolean withoutCoder = perCoder.isEmpty();
        boolean flagged = withoutCoder && team.isPrimary() && isMemberTeam(data, team);
        String organisation = data.organisationName(team.organisation());
        m.open(
                "tr",
                "class",
                flagged ? "team no-coder" : "team",
                "data-team",
                team.id(),
                "data-process",
                team.process().type().value());
        m.open("td");
        m.element("b", team.name());
        m.leaf("br");
        m.element(
                "small",
                organisation + " · " + (team.isPrimary() ? "primary process" : "support") + ": "
                        + team.process().description().orElse(""),
                "class",
                "meta");
        m.close(); // td
        m.open("td", "class", "bars");
        if (withoutCoder) {
            noCoder(m, data, team, flagged);
        } else {
            bars(m, data, team, perCoder, months, top);
        }
        m.close(); // td
        m.open("td", "class", "num");
        Optional<BigDecimal> median = distribution.median();
        if (median.isPresent()) {
            m.text(oneDecimal(monthsOf(median.get())) + " months");
            m.leaf("br");
            boolean met = distribution.medianAtLeastMonths(months);
            m.element(
                    "span",
                    (met ? "meets " : "below ") + months + " months",
                    "class",
                    "chip median " + (met ? "met" : "below"));
        } else {
            m.text("–");
            if (flagged) {
                m.leaf("br");
                m.element("span", "no coder", "class", "chip below");
            }
        }
        m.close(); // td
        m.close(); // tr
    }

    private static void bars(Markup m, PageData data, Team team, Map<String, Long> perCoder, int months, double top)
            throws IOException {
        List<Map.Entry<String, Long>> coders = new ArrayList<>(perCoder.entrySet());
        coders.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        double height = coders.size() * ROW + AXIS;
        double plot = WIDTH - LABEL - 10;
        Svg.open(m, WIDTH, height, "tenure-bars", "Tenure of the coders of " + team.name());
        double step = top > 120 ? 24 : 12;
        for (double tick = 0; tick <= top + 0.01; tick += step) {
            double x = LABEL + plot * tick / top;
            Svg.line(m, x, 0, x, height - AXIS + 2, "grid");
            Svg.text(m, x, height - 4, tick == 0 ? "0" : Math.round(tick / 12) + " y", "middle", "muted");
        }
        String fill = data.palette().colour(team.organisation());
        for (int i = 0; i < coders.size(); i++) {
            String contact = coders.get(i).getKey();
            long days = coders.get(i).getValue();
            BigDecimal inMonths = monthsOf(days);
            double y = i * ROW + 3;
            String name = data.contactName(contact);
            Svg.group(
                    m,
                    "coder",
                    name + ": coder of " + team.name() + " for " + oneDecimal(inMonths) + " months (" + days
                            + " days) on " + data.date(),
                    "data-contact",
                    contact);
            Svg.text(m, LABEL - 6, y + 12, Labels.fit(name, LABEL - 10, Svg.FONT), "end", null);
            double width = plot * Math.min(inMonths.doubleValue(), top) / top;
            Svg.rect(m, LABEL, y, Math.max(2, width), ROW - 6, fill, "rx", "2");
            String label = oneDecimal(inMonths) + " mo";
            double room = plot - width;
            if (room > Labels.width(label, 11) + 6) {
                Svg.text(m, LABEL + width + 4, y + 11, label, "start", "muted");
            } else {
                Svg.textFilled(m, LABEL + width - 4, y + 11, label, "end", Palette.textOn(fill));
            }
            m.close(); // g
        }
        double line = LABEL + plot * Math.min(months, top) / top;
        Svg.line(m, line, 0, line, height - AXIS + 2, "policy");
        m.close(); // svg
    }

    /** A team with no coder on the day: who its coders were and when they left. */
    private static void noCoder(Markup m, PageData data, Team team, boolean flagged) throws IOException {
        List<TeamMember> former = team.members().stream()
                .filter(TeamMember::isCoder)
                .filter(member ->
                        member.left().map(left -> left.isBefore(data.date())).orElse(false))
                .sorted(Comparator.comparing(
                                (TeamMember member) -> member.left().orElseThrow())
                        .reversed())
                .toList();
        StringBuilder text = new StringBuilder("No coder on ").append(data.date());
        if (former.isEmpty()) {
            text.append(": the team never had one.");
        } else {
            text.append(former.size() == 1 ? ": its only coder, " : ": its coders left; the last, ");
            TeamMember last = former.get(0);
            text.append(data.contactName(last.contact()))
                    .append(", left on ")
                    .append(last.left().orElseThrow())
                    .append(" after ")
                    .append(oneDecimal(monthsOf(last.daysUntil(last.left().orElseThrow())
                            .map(r -> r.days())
                            .orElse(0L))))
                    .append(" months.");
        }
        if (flagged) {
            text.append(" The team serves a primary process: it needs a coder (TEAM-CODER-EMBEDDED).");
        }
        m.element("p", text.toString(), "class", flagged ? "lost" : "note");
    }

    private static boolean isMemberTeam(PageData data, Team team) {
        return data.governance()
                .flatMap(g -> g.organisations().stream()
                        .filter(o -> o.id().equals(team.organisation()))
                        .findFirst())
                .map(o -> o.isMemberOn(data.date()))
                .orElse(false);
    }

    private static BigDecimal monthsOf(long days) {
        return monthsOf(BigDecimal.valueOf(days));
    }

    private static BigDecimal monthsOf(BigDecimal days) {
        return days.divide(Tenure.DAYS_PER_MONTH, MathContext.DECIMAL64);
    }

    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
