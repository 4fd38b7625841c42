package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Keyword;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamRole;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CT-COVERAGE: every team member the community-time policy applies to is covered by a report in each
 * closed policy period, at the policy's scope.
 */
final class CommunityTimeCoverage extends RuleDefinition {

    CommunityTimeCoverage() {
        super(
                "CT-COVERAGE",
                Severity.WARNING,
                Anchors.SFPC_WELCOME_CONTRIBUTORS,
                "For each of the last periods closed policy periods before the evaluation date, every team member"
                        + " the organisation's policy applies to (members whose team role is listed in"
                        + " appliesToRoles; coders when it lists none) and who was a member in that period is covered"
                        + " by a report: one naming the coder (perCoder), the team or a coder of it (perTeam), or"
                        + " the organisation (perOrganisation).",
                ParameterSpec.of(
                        "periods",
                        "4",
                        ParameterSpec.Kind.POSITIVE_WHOLE,
                        "how many closed policy periods before the evaluation date are checked"));
    }

    /** A unit of reporting (organisation, team or coder, as the scope says) and what it must cover. */
    private static final class Unit {
        final String organisation;
        final String team;
        final String coder;
        final String key;
        final Set<String> members = new TreeSet<>();
        final Map<CalendarPeriod, Boolean> covered =
                new TreeMap<>(java.util.Comparator.comparing(CalendarPeriod::start));

        Unit(String organisation, String team, String coder, String key) {
            this.organisation = organisation;
            this.team = team;
            this.coder = coder;
            this.key = key;
        }
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        int periods = parameters.integer("periods");
        Map<String, Unit> units = new TreeMap<>(); // by organisation, team, coder
        Map<String, CommunityTimePolicy> policies = new TreeMap<>();
        for (Indexed<Team> indexed : facts.teams()) {
            Team team = indexed.value();
            Optional<CommunityTimePolicy> policy = facts.governance().communityTimePolicyFor(team.organisation());
            if (policy.isEmpty() || facts.organisation(team.organisation()).isEmpty()) {
                continue;
            }
            policies.put(team.organisation(), policy.get());
            Set<TeamRole> roles = rolesOf(policy.get());
            List<CalendarPeriod> closed = closedPeriods(policy.get(), facts, periods);
            for (int m = 0; m < team.members().size(); m++) {
                TeamMember member = team.members().get(m);
                if (!roles.contains(member.role())) {
                    continue;
                }
                for (CalendarPeriod period : closed) {
                    if (!member.overlaps(period.days())
                            || !facts.organisation(team.organisation())
                                    .orElseThrow()
                                    .value()
                                    .isMemberOn(period.end())) {
                        continue;
                    }
                    Unit unit = unit(units, policy.get().scope(), team, member, indexed.index(), m);
                    unit.members.add(member.contact());
                    unit.covered.put(period, false);
                }
            }
        }
        if (units.isEmpty()) {
            return List.of(Outcome.notApplicable(
                    "no team member falls under a community-time policy in the closed periods checked"));
        }
        markCovered(facts, units, policies);
        List<Outcome> outcomes = new ArrayList<>();
        for (Unit unit : units.values()) {
            outcomes.add(outcome(facts, unit, policies.get(unit.organisation)));
        }
        return outcomes;
    }

    private static Unit unit(
            Map<String, Unit> units, CommunityTimeScope scope, Team team, TeamMember member, int t, int m) {
        return switch (scope) {
            case PER_ORGANISATION ->
                units.computeIfAbsent(team.organisation(), k -> new Unit(team.organisation(), "", "", Keys.team(t)));
            case PER_TEAM ->
                units.computeIfAbsent(
                        team.organisation() + "\u0000" + team.id(),
                        k -> new Unit(team.organisation(), team.id(), "", Keys.team(t)));
            case PER_CODER ->
                units.computeIfAbsent(
                        team.organisation() + "\u0000" + team.id() + "\u0000" + member.contact(),
                        k -> new Unit(
                                team.organisation(),
                                team.id(),
                                member.contact(),
                                Keys.team(t) + ".members[" + m + "]"));
        };
    }

    /** The team roles a policy applies to: those appliesToRoles names, else coders. */
    static Set<TeamRole> rolesOf(CommunityTimePolicy policy) {
        Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
        for (String role : policy.appliesToRoles()) {
            Keyword.fromValue(TeamRole.class, role).ifPresent(roles::add);
        }
        if (roles.isEmpty()) {
            roles.add(TeamRole.CODER);
        }
        return roles;
    }

    /** The last {@code count} policy periods that ended before the evaluation date, oldest first. */
    private static List<CalendarPeriod> closedPeriods(CommunityTimePolicy policy, Facts facts, int count) {
        List<CalendarPeriod> closed = new ArrayList<>();
        CalendarPeriod current = policy.period().containing(facts.date());
        CalendarPeriod period = policy.period().containing(current.start().minusDays(1));
        for (int i = 0; i < count; i++) {
            closed.add(0, period);
            period = policy.period().containing(period.start().minusDays(1));
        }
        return closed;
    }

    private static void markCovered(Facts facts, Map<String, Unit> units, Map<String, CommunityTimePolicy> policies) {
        Map<String, List<Unit>> byOrganisation = new TreeMap<>();
        units.values()
                .forEach(u -> byOrganisation
                        .computeIfAbsent(u.organisation, k -> new ArrayList<>())
                        .add(u));
        for (Facts.LocatedReport located : facts.communityTimeReports()) {
            CommunityTimePolicy policy = policies.get(located.organisation());
            if (policy == null) {
                continue;
            }
            CommunityTimeReport report = located.report();
            CalendarPeriod period = policy.period().containing(report.period().start());
            if (!period.days().encloses(report.period().days())) {
                continue;
            }
            for (Unit unit : byOrganisation.getOrDefault(located.organisation(), List.of())) {
                if (unit.covered.containsKey(period) && covers(unit, located, policy.scope())) {
                    unit.covered.put(period, true);
                }
            }
        }
    }

    private static boolean covers(Unit unit, Facts.LocatedReport located, CommunityTimeScope scope) {
        CommunityTimeReport report = located.report();
        return switch (scope) {
            case PER_ORGANISATION -> true;
            case PER_TEAM -> located.team().map(unit.team::equals).orElse(false);
            case PER_CODER ->
                report.coder().map(unit.coder::equals).orElse(false)
                        && located.team().map(unit.team::equals).orElse(true);
        };
    }

    private static Outcome outcome(Facts facts, Unit unit, CommunityTimePolicy policy) {
        List<String> missing = unit.covered.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(e -> e.getKey().label())
                .toList();
        List<String> checked =
                unit.covered.keySet().stream().map(CalendarPeriod::label).toList();
        String who = switch (policy.scope()) {
            case PER_ORGANISATION -> unit.organisation;
            case PER_TEAM -> "team " + unit.team + " of " + unit.organisation;
            case PER_CODER -> "coder " + unit.coder + " in team " + unit.team;
        };
        var evidence = Evidence.of()
                .with("organisation", unit.organisation)
                .with("team", unit.team)
                .with("coder", unit.coder)
                .with("scope", policy.scope().value())
                .with("members", List.copyOf(unit.members))
                .with("periods", checked)
                .with("missing", missing)
                .map();
        List<Location> locations = List.of(facts.governanceAt(unit.key));
        if (missing.isEmpty()) {
            return Outcome.pass(
                    who + ": community time is reported for every period checked (" + String.join(", ", checked) + ")",
                    locations,
                    evidence);
        }
        return Outcome.fail(
                who + ": no community-time report for " + String.join(", ", missing) + " (members: "
                        + String.join(", ", unit.members) + ")",
                locations,
                evidence);
    }
}
