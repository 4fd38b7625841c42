package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.Fields.Text;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.Team;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a community-time policy ({@code communityTime}, also as an organisation's override) and its reports. */
final class CommunityTimeReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CommunityTimeReader() {}

    static Optional<CommunityTimePolicy> policy(Fields fields) {
        Optional<BigDecimal> percentage = percentage(fields);
        Optional<CommunityTimeScope> scope = fields.keyword("scope", CommunityTimeScope.class, Presence.REQUIRED);
        Optional<ReportingPeriod> period = fields.keyword("period", ReportingPeriod.class, Presence.OPTIONAL);
        List<String> appliesToRoles = fields.texts("appliesToRoles", Presence.OPTIONAL).stream()
                .map(Text::value)
                .toList();
        List<CommunityTimeReport> reports = new ArrayList<>();
        for (Fields item : fields.items("reports", Presence.OPTIONAL)) {
            report(item).ifPresent(reports::add);
        }
        fields.finish();
        if (percentage.isEmpty() || scope.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CommunityTimePolicy(
                percentage.get(), scope.get(), period.orElse(ReportingPeriod.DEFAULT), appliesToRoles, reports));
    }

    private static Optional<BigDecimal> percentage(Fields fields) {
        Optional<BigDecimal> percentage = Numbers.decimal(fields, "percentage", Presence.REQUIRED);
        if (percentage.isPresent()
                && (percentage.get().signum() < 0 || percentage.get().compareTo(HUNDRED) > 0)) {
            fields.error(
                    Codes.PERCENTAGE,
                    "percentage",
                    "percentage must be between 0 and 100",
                    "value",
                    percentage.get().toString());
        }
        return percentage; // kept as written even when out of range (a semantic problem)
    }

    private static Optional<CommunityTimeReport> report(Fields fields) {
        Optional<String> organisation = fields.reference("organisation", Kind.ORGANISATION, Presence.REQUIRED);
        Optional<CalendarPeriod> period = period(fields);
        Optional<BigDecimal> contractHours =
                Numbers.decimalAtLeast(fields, "contractHours", Presence.REQUIRED, BigDecimal.ZERO, true);
        Optional<BigDecimal> communityHours =
                Numbers.decimalAtLeast(fields, "communityHours", Presence.REQUIRED, BigDecimal.ZERO, true);
        Optional<Integer> coders = Numbers.integer(fields, "coders", Presence.OPTIONAL, 1);
        boolean resolved = fields.declaresAtLeast("0.2");
        Optional<Text> coder = resolved
                ? fields.text("coder", Presence.OPTIONAL).map(t -> refer(fields, Kind.CONTACT, t))
                : fields.text("coder", Presence.OPTIONAL);
        Optional<Text> team = resolved
                ? fields.text("team", Presence.OPTIONAL).map(t -> refer(fields, Kind.TEAM, t))
                : fields.text("team", Presence.OPTIONAL);
        fields.finish();
        if (organisation.isEmpty() || period.isEmpty() || contractHours.isEmpty() || communityHours.isEmpty()) {
            return Optional.empty();
        }
        if (resolved && team.isPresent()) {
            String reporter = organisation.get();
            CalendarPeriod days = period.get();
            Text teamText = team.get();
            fields.references().check(refs -> teamMatches(refs, reporter, days, teamText, coder));
        }
        return Optional.of(new CommunityTimeReport(
                organisation.get(),
                period.get(),
                contractHours.get(),
                communityHours.get(),
                coders,
                coder.map(Text::value),
                team.map(Text::value)));
    }

    private static Text refer(Fields fields, Kind kind, Text text) {
        fields.references().refer(kind, text.value(), text.path(), text.at());
        return text;
    }

    /**
     * Once the whole file is read: the team of a report belongs to the reporting organisation and,
     * when the report names a coder, the coder was a member of it during the report's period.
     */
    private static void teamMatches(
            References refs, String organisation, CalendarPeriod period, Text team, Optional<Text> coder) {
        Optional<Team> named = refs.team(team.value());
        if (named.isEmpty()) {
            return; // unknown: reported as reference.unknown
        }
        if (!named.get().organisation().equals(organisation)) {
            refs.problems()
                    .error(
                            Codes.REFERENCE_MISMATCH,
                            team.path(),
                            team.at(),
                            "team " + team.value() + " belongs to "
                                    + named.get().organisation() + ", not to the reporting organisation "
                                    + organisation,
                            "team",
                            team.value(),
                            "organisation",
                            organisation);
            return;
        }
        if (coder.isPresent()
                && refs.isDeclared(Kind.CONTACT, coder.get().value())
                && refs.isComplete(team.value())
                && !named.get().hasMemberDuring(coder.get().value(), period.days())) {
            refs.problems()
                    .error(
                            Codes.REFERENCE_MISMATCH,
                            coder.get().path(),
                            coder.get().at(),
                            coder.get().value() + " was not a member of team " + team.value() + " in " + period.label(),
                            "coder",
                            coder.get().value(),
                            "team",
                            team.value());
        }
    }

    private static Optional<CalendarPeriod> period(Fields fields) {
        Optional<Text> text = fields.text("period", Presence.REQUIRED);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<CalendarPeriod> period = CalendarPeriod.parse(text.get().value());
        if (period.isEmpty()) {
            fields.problems()
                    .error(
                            Codes.PERIOD,
                            text.get().path(),
                            text.get().at(),
                            "period must name a year (2025), a quarter (2025-Q1) or a month (2025-03)",
                            "value",
                            text.get().value());
        }
        return period;
    }
}
