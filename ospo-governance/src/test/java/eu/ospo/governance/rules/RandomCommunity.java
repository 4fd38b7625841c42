package eu.ospo.governance.rules;

import static eu.ospo.governance.rules.Communities.seat;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.CalendarPeriod;
import eu.ospo.model.Commitment;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.CommunityTimeReport;
import eu.ospo.model.CommunityTimeScope;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Criticality;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.OrganisationType;
import eu.ospo.model.Per;
import eu.ospo.model.Project;
import eu.ospo.model.Renewal;
import eu.ospo.model.ReportingPeriod;
import eu.ospo.model.Responsibility;
import eu.ospo.model.Seat;
import eu.ospo.model.ServiceLevels;
import eu.ospo.publiccode.model.PublicCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A random but plausible community for property tests: organisations (some of which left), projects,
 * agreements of every kind and status around 2025, contacts, decision bodies, community-time reports
 * and exemptions; ids are unique. The same seed gives the same community.
 */
final class RandomCommunity {

    private static final LocalDate BASE = LocalDate.parse("2024-01-01");

    private final Random random;

    private RandomCommunity(long seed) {
        random = new Random(seed);
    }

    static Governance governance(long seed, int organisations) {
        return new RandomCommunity(seed).build(organisations);
    }

    static PublicCode publicCode(long seed) {
        Random random = new Random(seed);
        MaintenanceType type = MaintenanceType.values()[random.nextInt(4)];
        PublicCodes builder =
                PublicCodes.builder().url("https://git.example.org/p0").type(type);
        if (type == MaintenanceType.CONTRACT) {
            builder.contractor(
                    "Organisation o" + random.nextInt(3),
                    BASE.plusDays(random.nextInt(900)).toString());
        } else {
            builder.contact("Someone", "o" + random.nextInt(3));
        }
        if (random.nextBoolean()) {
            builder.organisation("https://o" + random.nextInt(4) + ".example");
        }
        return builder.build();
    }

    private LocalDate day(int range) {
        return BASE.plusDays(random.nextInt(range));
    }

    private Governance build(int count) {
        List<Organisation> organisations = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate joined = day(400);
            Optional<LocalDate> left =
                    random.nextInt(6) == 0 ? Optional.of(joined.plusDays(200 + random.nextInt(600))) : Optional.empty();
            organisations.add(new Organisation(
                    "o" + i,
                    "Organisation o" + i,
                    "https://o" + i + ".example",
                    random.nextInt(10) == 0 ? "XX" : "NL",
                    OrganisationType.PUBLIC_AUTHORITY,
                    List.of(),
                    List.of(OrganisationRole.MEMBER),
                    joined,
                    left,
                    Optional.empty()));
            int people = 1 + random.nextInt(2);
            for (int c = 0; c < people; c++) {
                List<ContactRole> roles = random.nextBoolean()
                        ? List.of(ContactRole.MAINTAINER, ContactRole.SECURITY_CONTACT)
                        : List.of(ContactRole.MAINTAINER);
                contacts.add(new Contact(
                        "c" + i + "-" + c,
                        "Contact " + i + "-" + c,
                        "o" + i,
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(),
                        roles,
                        false,
                        Optional.empty()));
            }
        }
        int projectCount = Math.max(1, count / 2);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            projects.add(new Project(
                    "p" + p,
                    "Project p" + p,
                    "https://git.example.org/p" + p,
                    Optional.empty(),
                    random.nextInt(5) == 0
                            ? Optional.empty()
                            : Optional.of(MaintenanceType.values()[random.nextInt(4)]),
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(Criticality.values()[random.nextInt(3)]),
                    Optional.of("o" + random.nextInt(count))));
        }
        List<MaintainerAgreement> agreements = new ArrayList<>();
        int agreementCount = count * 3;
        for (int a = 0; a < agreementCount; a++) {
            agreements.add(agreement(a, count, projectCount, contacts));
        }
        List<DecisionBody> bodies = new ArrayList<>();
        for (int b = 0; b < 1 + random.nextInt(2); b++) {
            List<Seat> seats = new ArrayList<>();
            for (int s = 0; s < 1 + random.nextInt(4); s++) {
                seats.add(seat("o" + random.nextInt(count)));
            }
            bodies.add(Communities.body(
                    "body" + b,
                    1 + random.nextInt(2),
                    random.nextBoolean()
                            ? Communities.fraction("0.5")
                            : Communities.count("" + (1 + random.nextInt(3))),
                    seats.toArray(Seat[]::new)));
        }
        List<CommunityTimeReport> reports = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String period =
                    random.nextBoolean() ? "2025-Q" + (1 + random.nextInt(2)) : "2025-0" + (1 + random.nextInt(6));
            reports.add(new CommunityTimeReport(
                    "o" + random.nextInt(count),
                    CalendarPeriod.parse(period).orElseThrow(),
                    BigDecimal.valueOf(100 + random.nextInt(1000)),
                    BigDecimal.valueOf(random.nextInt(150)),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        }
        List<Exemption> exemptions = new ArrayList<>();
        String[] exemptable = {"DIV-ELEPHANT", "DIV-ORG-COUNT", "AGR-EXPIRING", "ORG-IDENTIFIERS", "DEC-NEUTRALITY"};
        for (String rule : exemptable) {
            if (random.nextInt(3) == 0) {
                exemptions.add(new Exemption(
                        rule,
                        random.nextInt(5) == 0 ? " " : "reason " + rule,
                        random.nextBoolean() ? Optional.empty() : Optional.of(day(900))));
            }
        }
        Communities.GovernanceBuilder builder = Communities.governance()
                .organisations(organisations.toArray(Organisation[]::new))
                .projects(projects.toArray(Project[]::new))
                .agreements(agreements.toArray(MaintainerAgreement[]::new))
                .contacts(contacts.toArray(Contact[]::new))
                .bodies(bodies.toArray(DecisionBody[]::new))
                .exemptions(exemptions.toArray(Exemption[]::new))
                .lastReviewed(day(700))
                .communityTime(new CommunityTimePolicy(
                        BigDecimal.TEN,
                        CommunityTimeScope.PER_ORGANISATION,
                        ReportingPeriod.QUARTER,
                        List.of(),
                        reports));
        return builder.build();
    }

    private MaintainerAgreement agreement(int a, int count, int projectCount, List<Contact> contacts) {
        LocalDate start = day(800);
        boolean open = random.nextInt(8) == 0;
        Optional<LocalDate> end = open ? Optional.empty() : Optional.of(start.plusDays(30 + random.nextInt(700)));
        Renewal renewal = open ? Renewal.AUTOMATIC : Renewal.values()[random.nextInt(3)];
        Optional<Integer> notice = open || random.nextBoolean() ? Optional.of(random.nextInt(120)) : Optional.empty();
        Commitment commitment = random.nextBoolean()
                ? Commitment.ofFte(BigDecimal.valueOf(1 + random.nextInt(10), 1))
                : Commitment.ofHours(BigDecimal.valueOf(1 + random.nextInt(80)), Per.values()[random.nextInt(4)]);
        List<String> maintainers = new ArrayList<>();
        for (int m = 0; m < random.nextInt(3); m++) {
            maintainers.add(contacts.get(random.nextInt(contacts.size())).id());
        }
        List<Responsibility> responsibilities = random.nextBoolean()
                ? List.of(Responsibility.SECURITY_RESPONSE, Responsibility.CODE_REVIEW)
                : List.of(Responsibility.TRIAGE);
        AgreementKind kind = random.nextInt(4) == 0 ? AgreementKind.DEVELOPMENT : AgreementKind.MAINTENANCE;
        AgreementStatus status = random.nextInt(6) == 0 ? AgreementStatus.DRAFT : AgreementStatus.SIGNED;
        return new MaintainerAgreement(
                "a" + a,
                kind,
                "p" + random.nextInt(projectCount),
                "o" + random.nextInt(count),
                random.nextInt(4) == 0 ? Optional.of("o" + random.nextInt(count)) : Optional.empty(),
                MaintainerAgreement.COMMUNITY,
                Optional.of(commitment),
                start,
                end,
                renewal,
                notice,
                responsibilities,
                random.nextBoolean()
                        ? Optional.of(
                                new ServiceLevels(Optional.empty(), Optional.empty(), Optional.of(random.nextInt(5))))
                        : Optional.empty(),
                maintainers,
                status,
                Optional.empty());
    }
}
