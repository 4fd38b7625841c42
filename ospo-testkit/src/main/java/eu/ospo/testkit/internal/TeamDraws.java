package eu.ospo.testkit.internal;

import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Contact;
import eu.ospo.model.DateRange;
import eu.ospo.model.Governance;
import eu.ospo.model.OpenSourceProgramOffice;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.OspoRuleset;
import eu.ospo.model.OspoTool;
import eu.ospo.model.ProcessType;
import eu.ospo.model.Project;
import eu.ospo.model.Team;
import eu.ospo.model.TeamMember;
import eu.ospo.model.TeamProcess;
import eu.ospo.model.TeamRole;
import eu.ospo.model.measure.Tenure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Draws teams with their memberships, and the OSPO, into a valid 0.1 model, making it a valid 0.2
 * model: team ids are unique, members are contacts of the team's organisation, each contact has at
 * most one period per team and role, joins lie inside the organisation's membership and the date
 * range, and community-time reports that name a team or coder name a team of their organisation and
 * a coder who was in it during the period (reports that cannot are left out).
 */
public final class TeamDraws {

    private static final List<String> PRIMARY =
            List.of("Building permits", "Social benefits", "Local taxes", "Parking and mobility", "Waste collection");
    private static final List<String> SUPPORT = List.of("IT operations", "Data platform", "Finance systems");

    private TeamDraws() {}

    /**
     * One team of an organisation.
     *
     * @param draw the source
     * @param id the team's id
     * @param organisation the organisation's id
     * @param people ids of the organisation's people, the candidate members
     * @param earliest the first day a member may join (the organisation's and the range's start)
     * @param last the range's end: tenure is counted back from it, and leaving happens by it
     * @param shape the knobs
     * @return the team
     */
    public static Team team(
            Draw draw,
            String id,
            String organisation,
            List<String> people,
            LocalDate earliest,
            LocalDate last,
            TeamShape shape) {
        boolean primary = draw.chance(70);
        TeamProcess process = new TeamProcess(
                primary ? ProcessType.PRIMARY : ProcessType.SUPPORT,
                draw.maybe(80, () -> draw.pick(primary ? PRIMARY : SUPPORT)));
        List<String> candidates = new ArrayList<>(people);
        int coders = Math.min(shape.codersPerTeam().draw(draw), candidates.size());
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            String contact = candidates.remove(draw.between(0, candidates.size() - 1));
            members.add(member(draw, contact, TeamRole.CODER, earliest, last, shape));
        }
        if (!candidates.isEmpty() && draw.chance(30)) {
            members.add(member(draw, draw.pick(candidates), TeamRole.PRODUCT_OWNER, earliest, last, shape));
        }
        return new Team(id, "Team " + id, organisation, process, draw.chance(60), members);
    }

    /** A membership that began about {@code tenureMonths} before {@code last}, perhaps ended by then. */
    private static TeamMember member(
            Draw draw, String contact, TeamRole role, LocalDate earliest, LocalDate last, TeamShape shape) {
        long days = Tenure.daysOf(shape.tenureMonths().draw(draw))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        LocalDate joined = last.minusDays(days);
        if (joined.isBefore(earliest)) {
            joined = earliest;
        }
        Optional<LocalDate> left = Optional.empty();
        if (shape.turnoverPercent() > 0 && draw.chance(shape.turnoverPercent())) {
            left = Optional.of(draw.day(joined, last));
        }
        Optional<BigDecimal> hours = draw.maybe(50, () -> BigDecimal.valueOf(draw.between(4, 40)));
        return new TeamMember(contact, role, joined, left, hours);
    }

    /**
     * A valid 0.1 model with teams and perhaps an OSPO: a valid 0.2 model.
     *
     * @param draw the source
     * @param g the model
     * @param from the range's start
     * @param to the range's end
     * @param shape the knobs
     * @return the model, version 0.2
     */
    public static Governance withTeams(Draw draw, Governance g, LocalDate from, LocalDate to, TeamShape shape) {
        List<Team> teams = new ArrayList<>();
        for (Organisation organisation : g.organisations()) {
            if (organisation.left().isPresent() || organisation.joined().isAfter(to)) {
                continue;
            }
            List<String> people = g.contacts().stream()
                    .filter(c -> c.affiliation().equals(organisation.id()) && !c.isRoleMailbox())
                    .map(Contact::id)
                    .toList();
            if (people.isEmpty()) {
                continue;
            }
            LocalDate earliest = organisation.joined().isAfter(from) ? organisation.joined() : from;
            int count = shape.teamsPerOrganisation().draw(draw);
            for (int t = 0; t < count; t++) {
                teams.add(team(draw, "team" + (teams.size() + 1), organisation.id(), people, earliest, to, shape));
            }
        }
        Governance result = g.withGovernanceYmlVersion("0.2").withTeams(teams);
        result = result.withCommunityTime(result.communityTime().map(p -> fitted(draw, p, teams)));
        List<Organisation> organisations = new ArrayList<>();
        for (Organisation organisation : result.organisations()) {
            organisations.add(
                    organisation.withCommunityTime(organisation.communityTime().map(p -> fitted(draw, p, teams))));
        }
        result = result.withOrganisations(organisations);
        return shape.ospo() ? withOspo(draw, result) : result;
    }

    /** The policy with each report that names a team or coder pointed at a team and coder that fit, or left out. */
    private static CommunityTimePolicy fitted(Draw draw, CommunityTimePolicy policy, List<Team> teams) {
        List<CommunityTimeReport> reports = new ArrayList<>();
        Set<List<Object>> units = new HashSet<>();
        for (CommunityTimeReport report : policy.reports()) {
            if (report.team().isEmpty() && report.coder().isEmpty()) {
                reports.add(report);
                continue;
            }
            CalendarPeriod period = report.period();
            DateRange days = new DateRange(period.start(), period.end());
            List<Team> fitting = teams.stream()
                    .filter(t -> t.organisation().equals(report.organisation()))
                    .filter(t -> !codersDuring(t, days).isEmpty())
                    .toList();
            if (fitting.isEmpty()) {
                continue;
            }
            Team team = draw.pick(fitting);
            Optional<String> coder =
                    report.coder().isPresent() ? Optional.of(draw.pick(codersDuring(team, days))) : Optional.empty();
            CommunityTimeReport fitted = new CommunityTimeReport(
                    report.organisation(),
                    period,
                    report.contractHours(),
                    report.communityHours(),
                    report.coders(),
                    coder,
                    Optional.of(team.id()));
            if (units.add(List.of(fitted.organisation(), period, fitted.team(), fitted.coder()))) {
                reports.add(fitted);
            }
        }
        return new CommunityTimePolicy(
                policy.percentage(), policy.scope(), policy.period(), policy.appliesToRoles(), reports);
    }

    private static List<String> codersDuring(Team team, DateRange days) {
        return team.members().stream()
                .filter(m -> m.isCoder() && m.overlaps(days))
                .map(TeamMember::contact)
                .distinct()
                .toList();
    }

    /** The first organisation runs the OSPO; projects name its ruleset, give a waiver, or neither. */
    private static Governance withOspo(Draw draw, Governance g) {
        Organisation runner = g.organisations().get(0);
        List<OrganisationRole> roles = new ArrayList<>(runner.roles());
        if (!roles.contains(OrganisationRole.OSPO)) {
            roles.add(OrganisationRole.OSPO);
        }
        List<Organisation> organisations = new ArrayList<>(g.organisations());
        organisations.set(0, runner.withRoles(roles));
        List<String> contacts = g.contacts().stream()
                .filter(c -> c.affiliation().equals(runner.id()))
                .map(Contact::id)
                .toList();
        List<OspoRuleset> rulesets = new ArrayList<>();
        rulesets.add(new OspoRuleset(
                "baseline", "rulesets/baseline.yml", draw.maybe(50, () -> "What every project is checked with")));
        if (draw.chance(30)) {
            rulesets.add(new OspoRuleset("strict", "rulesets/strict.yml", Optional.empty()));
        }
        List<OspoTool> tooling = draw.chance(50)
                ? List.of(new OspoTool("CI templates", "https://git.example.org/ospo/ci", Optional.empty()))
                : List.of();
        OpenSourceProgramOffice office = new OpenSourceProgramOffice(
                runner.id(),
                draw.maybe(50, () -> "Open Source Program Office"),
                draw.pick(contacts),
                Optional.empty(),
                rulesets,
                tooling);
        List<Project> projects = new ArrayList<>();
        for (Project project : g.projects()) {
            int choice = draw.between(0, 9);
            projects.add(new Project(
                    project.id(),
                    project.name(),
                    project.repository(),
                    project.publiccode(),
                    project.maintenanceType(),
                    project.criticality(),
                    project.steward(),
                    choice < 6 ? Optional.of(draw.pick(rulesets).id()) : Optional.empty(),
                    choice >= 6 && choice < 8 ? Optional.of("Checked by the funder's own rules") : Optional.empty()));
        }
        return g.withOrganisations(organisations).withProjects(projects).withOspo(Optional.of(office));
    }
}
