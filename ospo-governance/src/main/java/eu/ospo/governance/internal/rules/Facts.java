package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.RuleContext;
import eu.ospo.model.AgreementKind;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.Contact;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.model.Project;
import eu.ospo.model.Team;
import eu.ospo.problem.Location;
import eu.ospo.problem.SourceMap;
import eu.ospo.publiccode.model.PublicCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules read, indexed once per evaluation: organisations, projects, contacts and
 * agreements by id (each list also sorted by id, with file positions kept for key paths),
 * agreements by project, successors by provider and project, the organisation directory, and the
 * project publiccode.yml describes. Building it is linear in the size of the community (plus
 * sorting); rules then look things up in constant time instead of scanning lists.
 *
 * <p>Not thread-safe: one evaluation builds and uses its own (the lazily built parts are not
 * guarded).
 */
public final class Facts {

    /** The file name in locations when a source map does not name one. */
    public static final String GOVERNANCE_FILE = "governance.yml";

    /** The file name in locations when a source map does not name one. */
    public static final String PUBLICCODE_FILE = "publiccode.yml";

    private final RuleContext context;
    private final List<Indexed<Organisation>> organisations;
    private final Map<String, Indexed<Organisation>> organisationById;
    private final Map<String, Integer> organisationIdCount;
    private final List<Indexed<Project>> projects;
    private final Map<String, Indexed<Project>> projectById;
    private final List<Indexed<Contact>> contacts;
    private final Map<String, Indexed<Contact>> contactById;
    private final List<Indexed<MaintainerAgreement>> agreements;
    private final Map<String, List<Indexed<MaintainerAgreement>>> agreementsByProject;
    private final Map<String, List<Indexed<MaintainerAgreement>>> agreementsByProviderAndProject;
    private final Map<String, Successors> successors = new HashMap<>();
    private final List<Indexed<Team>> teams;
    private List<LocatedReport> communityTimeReports;
    private OrganisationDirectory directory;
    private Optional<ProjectLink> link;

    private Facts(RuleContext context) {
        this.context = context;
        Governance governance = context.governance();
        organisations = Indexed.sortedBy(governance.organisations(), Organisation::id);
        organisationById = firstById(organisations, Organisation::id);
        Map<String, Integer> counts = new HashMap<>();
        governance.organisations().forEach(o -> counts.merge(o.id(), 1, Integer::sum));
        organisationIdCount = Collections.unmodifiableMap(counts);
        projects = Indexed.sortedBy(governance.projects(), Project::id);
        projectById = firstById(projects, Project::id);
        contacts = Indexed.sortedBy(governance.contacts(), Contact::id);
        contactById = firstById(contacts, Contact::id);
        agreements = Indexed.sortedBy(governance.agreements(), MaintainerAgreement::id);
        Map<String, List<Indexed<MaintainerAgreement>>> byProject = new HashMap<>();
        Map<String, List<Indexed<MaintainerAgreement>>> byProviderAndProject = new HashMap<>();
        for (Indexed<MaintainerAgreement> agreement : agreements) {
            byProject
                    .computeIfAbsent(agreement.value().project(), k -> new ArrayList<>())
                    .add(agreement);
            byProviderAndProject
                    .computeIfAbsent(providerAndProject(agreement.value()), k -> new ArrayList<>())
                    .add(agreement);
        }
        agreementsByProject = byProject;
        agreementsByProviderAndProject = byProviderAndProject;
        teams = Indexed.sortedBy(governance.teams(), Team::id);
    }

    /**
     * A community-time report, where it is, the organisation it counts for and the team it is
     * attributed to.
     *
     * @param organisation the organisation the report counts for (the reports of an organisation's
     *     own policy count for that organisation)
     * @param report the report
     * @param key its key path
     * @param team the team it names or, when it names only a coder, the one team of its organisation
     *     the coder was in during the period (see {@link Governance#teamOf})
     */
    public record LocatedReport(String organisation, CommunityTimeReport report, String key, Optional<String> team) {}

    /**
     * Indexes a context.
     *
     * @param context the context
     * @return the facts
     */
    public static Facts of(RuleContext context) {
        return new Facts(Objects.requireNonNull(context, "context"));
    }

    private static <T> Map<String, Indexed<T>> firstById(
            List<Indexed<T>> sorted, java.util.function.Function<T, String> id) {
        Map<String, Indexed<T>> map = new HashMap<>(sorted.size() * 2);
        for (Indexed<T> item : sorted) {
            map.putIfAbsent(id.apply(item.value()), item);
        }
        return map;
    }

    private static String providerAndProject(MaintainerAgreement agreement) {
        return agreement.provider() + '\u0000' + agreement.project();
    }

    /**
     * The context.
     *
     * @return the context
     */
    public RuleContext context() {
        return context;
    }

    /**
     * The governance model.
     *
     * @return the model
     */
    public Governance governance() {
        return context.governance();
    }

    /**
     * The evaluation date.
     *
     * @return today, as far as rules are concerned
     */
    public LocalDate date() {
        return context.date();
    }

    /**
     * The publiccode.yml model.
     *
     * @return the model, or empty
     */
    public Optional<PublicCode> publicCode() {
        return context.publicCode();
    }

    /**
     * The organisations, sorted by id.
     *
     * @return the organisations
     */
    public List<Indexed<Organisation>> organisations() {
        return organisations;
    }

    /**
     * The organisation with an id (the first in the file, if the id repeats).
     *
     * @param id the id
     * @return the organisation, or empty
     */
    public Optional<Indexed<Organisation>> organisation(String id) {
        return Optional.ofNullable(organisationById.get(id));
    }

    /**
     * How many organisations have an id.
     *
     * @param id the id
     * @return the count, 0 if none
     */
    public int organisationIdCount(String id) {
        return organisationIdCount.getOrDefault(id, 0);
    }

    /**
     * The projects, sorted by id.
     *
     * @return the projects
     */
    public List<Indexed<Project>> projects() {
        return projects;
    }

    /**
     * The project with an id.
     *
     * @param id the id
     * @return the project, or empty
     */
    public Optional<Indexed<Project>> project(String id) {
        return Optional.ofNullable(projectById.get(id));
    }

    /**
     * The contacts, sorted by id.
     *
     * @return the contacts
     */
    public List<Indexed<Contact>> contacts() {
        return contacts;
    }

    /**
     * The contact with an id.
     *
     * @param id the id
     * @return the contact, or empty
     */
    public Optional<Indexed<Contact>> contact(String id) {
        return Optional.ofNullable(contactById.get(id));
    }

    /**
     * The teams, sorted by id.
     *
     * @return the teams
     */
    public List<Indexed<Team>> teams() {
        return teams;
    }

    /**
     * Whether a team belongs to an organisation that is a member on the evaluation date.
     *
     * @param team the team
     * @return false for a team of an unknown organisation or of one that is not a member that day
     */
    public boolean isMemberTeam(Team team) {
        return organisation(team.organisation())
                .map(o -> o.value().isMemberOn(date()))
                .orElse(false);
    }

    /**
     * Whether governance.yml declares version 0.2 or later, which can describe teams and an OSPO.
     *
     * @return true from 0.2
     */
    public boolean declaresTeamsAndOspo() {
        String version = governance().governanceYmlVersion();
        return !version.equals("0.1") && version.matches("\\d+(\\.\\d+)*");
    }

    /**
     * Every community-time report, those of {@code communityTime.reports} (counting for the
     * organisation they name) and those of the organisations' own policies (counting for the
     * organisation that has the policy), each with the team it is attributed to; built on first use.
     *
     * @return the reports, community reports first, then the organisations' in id order
     */
    public List<LocatedReport> communityTimeReports() {
        if (communityTimeReports == null) {
            List<LocatedReport> reports = new ArrayList<>();
            governance().communityTime().ifPresent(policy -> {
                for (int i = 0; i < policy.reports().size(); i++) {
                    CommunityTimeReport report = policy.reports().get(i);
                    reports.add(located(report.organisation(), report, "communityTime.reports[" + i + "]"));
                }
            });
            for (Indexed<Organisation> organisation : organisations) {
                Optional<CommunityTimePolicy> own = organisation.value().communityTime();
                if (own.isPresent()) {
                    for (int i = 0; i < own.get().reports().size(); i++) {
                        reports.add(located(
                                organisation.value().id(),
                                own.get().reports().get(i),
                                Keys.organisation(organisation.index()) + ".communityTime.reports[" + i + "]"));
                    }
                }
            }
            communityTimeReports = List.copyOf(reports);
        }
        return communityTimeReports;
    }

    private LocatedReport located(String organisation, CommunityTimeReport report, String key) {
        Optional<String> team = report.team().isPresent()
                ? report.team()
                : report.coder()
                        .flatMap(coder -> governance()
                                .teamOf(coder, organisation, report.period().days()))
                        .map(Team::id);
        return new LocatedReport(organisation, report, key, team);
    }

    /**
     * A team as people read it: {@code team desk (Permit desk) of utrecht}.
     *
     * @param team the team
     * @return the label
     */
    public static String label(Team team) {
        return "team " + team.id() + (team.name().equals(team.id()) ? "" : " (" + team.name() + ")") + " of "
                + team.organisation();
    }

    /**
     * The agreements, sorted by id.
     *
     * @return the agreements
     */
    public List<Indexed<MaintainerAgreement>> agreements() {
        return agreements;
    }

    /**
     * The agreements on a project, sorted by id.
     *
     * @param projectId the project's id
     * @return the agreements
     */
    public List<Indexed<MaintainerAgreement>> agreementsOn(String projectId) {
        return agreementsByProject.getOrDefault(projectId, List.of());
    }

    /**
     * The maintenance agreements on a project active on the evaluation date, sorted by id.
     *
     * @param projectId the project's id
     * @return the agreements of kind {@code maintenance} that are active
     */
    public List<Indexed<MaintainerAgreement>> activeMaintenanceOn(String projectId) {
        return agreementsOn(projectId).stream()
                .filter(a -> a.value().kind() == AgreementKind.MAINTENANCE
                        && a.value().isActiveOn(date()))
                .toList();
    }

    /**
     * The agreements on a project active on the evaluation date, of every kind, sorted by id.
     *
     * @param projectId the project's id
     * @return the active agreements
     */
    public List<Indexed<MaintainerAgreement>> activeOn(String projectId) {
        return agreementsOn(projectId).stream()
                .filter(a -> a.value().isActiveOn(date()))
                .toList();
    }

    /**
     * The agreement that continues another (see {@link Successors}).
     *
     * @param agreement the agreement
     * @return its successor, or empty
     */
    public Optional<Indexed<MaintainerAgreement>> successor(Indexed<MaintainerAgreement> agreement) {
        String key = providerAndProject(agreement.value());
        return successors
                .computeIfAbsent(key, k -> new Successors(agreementsByProviderAndProject.get(k)))
                .of(agreement);
    }

    /**
     * The organisation directory, built on first use.
     *
     * @return the directory
     */
    public OrganisationDirectory directory() {
        if (directory == null) {
            directory = new OrganisationDirectory(organisations);
        }
        return directory;
    }

    /**
     * The project publiccode.yml describes, found on first use.
     *
     * @return the link, or empty without publiccode.yml or without a matching project
     */
    public Optional<ProjectLink> link() {
        if (link == null) {
            link = publicCode().flatMap(pc -> ProjectLink.find(projects, pc));
        }
        return link;
    }

    /**
     * How a project is maintained: its own {@code maintenanceType}, else, for the project
     * publiccode.yml describes, publiccode.yml's {@code maintenance.type}.
     *
     * @param project the project
     * @return the type, or empty when neither says
     */
    public Optional<MaintenanceType> maintenanceType(Indexed<Project> project) {
        if (project.value().maintenanceType().isPresent()) {
            return project.value().maintenanceType();
        }
        return link().filter(l -> l.project().index() == project.index())
                .flatMap(l -> publicCode())
                .map(pc -> pc.maintenance().type());
    }

    /**
     * Where a key of governance.yml is.
     *
     * @param key the key path, for example {@code agreements[1].end}
     * @return the location (0:0 when unknown)
     */
    public Location governanceAt(String key) {
        return locate(context.governanceSource(), key, GOVERNANCE_FILE);
    }

    /**
     * Where a key of publiccode.yml is.
     *
     * @param key the key path, for example {@code maintenance.contractors[0].until}
     * @return the location (0:0 when unknown)
     */
    public Location publiccodeAt(String key) {
        return locate(context.publiccodeSource(), key, PUBLICCODE_FILE);
    }

    private static Location locate(SourceMap source, String key, String defaultFile) {
        Location location = source.locate(key);
        return location.file().isEmpty()
                ? new Location(defaultFile, location.key(), location.line(), location.column())
                : location;
    }
}
