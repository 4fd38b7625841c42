package eu.ospo.governance.rules;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.Commitment;
import eu.ospo.model.Community;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.model.Criticality;
import eu.ospo.model.DecisionBody;
import eu.ospo.model.DecisionMaking;
import eu.ospo.model.Exemption;
import eu.ospo.model.Governance;
import eu.ospo.model.Identifier;
import eu.ospo.model.MaintainerAgreement;
import eu.ospo.model.MaintenanceType;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.OrganisationType;
import eu.ospo.model.Per;
import eu.ospo.model.Project;
import eu.ospo.model.Quorum;
import eu.ospo.model.QuorumType;
import eu.ospo.model.Renewal;
import eu.ospo.model.Responsibility;
import eu.ospo.model.Seat;
import eu.ospo.model.ServiceLevels;
import eu.ospo.model.VotingRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for governance models in tests (no YAML involved). */
final class Communities {

    private Communities() {}

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** A whole governance.yml. */
    static final class GovernanceBuilder {
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<MaintainerAgreement> agreements = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Exemption> exemptions = new ArrayList<>();
        private final List<DecisionBody> bodies = new ArrayList<>();
        private Optional<CommunityTimePolicy> communityTime = Optional.empty();
        private LocalDate lastReviewed = date("2025-01-01");

        GovernanceBuilder organisations(Organisation... items) {
            organisations.addAll(Arrays.asList(items));
            return this;
        }

        GovernanceBuilder projects(Project... items) {
            projects.addAll(Arrays.asList(items));
            return this;
        }

        GovernanceBuilder agreements(MaintainerAgreement... items) {
            agreements.addAll(Arrays.asList(items));
            return this;
        }

        GovernanceBuilder contacts(Contact... items) {
            contacts.addAll(Arrays.asList(items));
            return this;
        }

        GovernanceBuilder exemptions(Exemption... items) {
            exemptions.addAll(Arrays.asList(items));
            return this;
        }

        GovernanceBuilder bodies(DecisionBody... items) {
            bodies.addAll(Arrays.asList(items));
            return this;
        }

        GovernanceBuilder communityTime(CommunityTimePolicy policy) {
            communityTime = Optional.of(policy);
            return this;
        }

        GovernanceBuilder lastReviewed(LocalDate day) {
            lastReviewed = day;
            return this;
        }

        Governance build() {
            return new Governance(
                    "0.1",
                    new Community(
                            "Test community",
                            "https://example.org/community",
                            Optional.empty(),
                            Optional.empty(),
                            lastReviewed,
                            exemptions),
                    organisations,
                    projects,
                    agreements,
                    communityTime,
                    bodies.isEmpty() ? Optional.empty() : Optional.of(new DecisionMaking(bodies, Optional.empty())),
                    contacts);
        }
    }

    static GovernanceBuilder governance() {
        return new GovernanceBuilder();
    }

    static Organisation organisation(String id) {
        return organisation(id, date("2020-01-01"), Optional.empty());
    }

    static Organisation organisation(String id, LocalDate joined, Optional<LocalDate> left) {
        return new Organisation(
                id,
                "Organisation " + id,
                "https://" + id + ".example",
                "NL",
                OrganisationType.PUBLIC_AUTHORITY,
                List.of(),
                List.of(OrganisationRole.MEMBER),
                joined,
                left,
                Optional.empty());
    }

    static Organisation organisation(String id, String country) {
        return organisation(id, country, new Identifier[0]);
    }

    static Organisation organisation(String id, String country, Identifier... identifiers) {
        return new Organisation(
                id,
                "Organisation " + id,
                "https://" + id + ".example",
                country,
                OrganisationType.PUBLIC_AUTHORITY,
                List.of(identifiers),
                List.of(OrganisationRole.MEMBER),
                date("2020-01-01"),
                Optional.empty(),
                Optional.empty());
    }

    static Project project(String id) {
        return project(id, Optional.empty(), Optional.empty());
    }

    static Project project(String id, MaintenanceType type, Criticality criticality) {
        return project(id, Optional.of(type), Optional.of(criticality));
    }

    static Project project(String id, Optional<MaintenanceType> type, Optional<Criticality> criticality) {
        return new Project(
                id,
                "Project " + id,
                "https://git.example.org/" + id,
                Optional.empty(),
                type,
                criticality,
                Optional.empty());
    }

    static Contact contact(String id, String affiliation, ContactRole... roles) {
        return new Contact(
                id,
                "Contact " + id,
                affiliation,
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                List.of(roles),
                false,
                Optional.empty());
    }

    static Exemption exemption(String rule, String reason, Optional<LocalDate> until) {
        return new Exemption(rule, reason, until);
    }

    static DecisionBody body(String id, int maxSeatsPerOrganisation, Quorum quorum, Seat... seats) {
        return new DecisionBody(
                id,
                "Body " + id,
                "decisions",
                List.of(seats),
                maxSeatsPerOrganisation,
                quorum,
                VotingRule.SIMPLE_MAJORITY,
                Optional.empty(),
                Optional.empty());
    }

    static Seat seat(String organisation) {
        return new Seat(organisation, Optional.empty());
    }

    static Quorum fraction(String value) {
        return new Quorum(QuorumType.FRACTION, new BigDecimal(value));
    }

    static Quorum count(String value) {
        return new Quorum(QuorumType.COUNT, new BigDecimal(value));
    }

    static AgreementBuilder agreement(String id, String project, String provider) {
        return new AgreementBuilder(id, project, provider);
    }

    /** A maintainer agreement: signed maintenance of 0.5 FTE from 2025-01-01 to 2025-12-31 by default. */
    static final class AgreementBuilder {
        private final String id;
        private final String project;
        private final String provider;
        private AgreementKind kind = AgreementKind.MAINTENANCE;
        private Optional<String> contractor = Optional.empty();
        private String beneficiary = MaintainerAgreement.COMMUNITY;
        private Optional<Commitment> commitment = Optional.of(Commitment.ofFte(new BigDecimal("0.5")));
        private LocalDate start = date("2025-01-01");
        private Optional<LocalDate> end = Optional.of(date("2025-12-31"));
        private Renewal renewal = Renewal.NONE;
        private Optional<Integer> notice = Optional.empty();
        private List<Responsibility> responsibilities = List.of();
        private Optional<ServiceLevels> serviceLevels = Optional.empty();
        private List<String> maintainers = List.of();
        private AgreementStatus status = AgreementStatus.SIGNED;

        private AgreementBuilder(String id, String project, String provider) {
            this.id = id;
            this.project = project;
            this.provider = provider;
        }

        AgreementBuilder kind(AgreementKind value) {
            kind = value;
            return this;
        }

        AgreementBuilder contractor(String value) {
            contractor = Optional.of(value);
            return this;
        }

        AgreementBuilder beneficiary(String value) {
            beneficiary = value;
            return this;
        }

        AgreementBuilder fte(String amount) {
            commitment = Optional.of(Commitment.ofFte(new BigDecimal(amount)));
            return this;
        }

        AgreementBuilder hours(String amount, Per per) {
            commitment = Optional.of(Commitment.ofHours(new BigDecimal(amount), per));
            return this;
        }

        AgreementBuilder commitment(Optional<Commitment> value) {
            commitment = value;
            return this;
        }

        AgreementBuilder term(String first, String last) {
            start = date(first);
            end = Optional.of(date(last));
            return this;
        }

        AgreementBuilder openEnded(String first) {
            start = date(first);
            end = Optional.empty();
            return this;
        }

        AgreementBuilder renewal(Renewal value) {
            renewal = value;
            return this;
        }

        AgreementBuilder notice(int days) {
            notice = Optional.of(days);
            return this;
        }

        AgreementBuilder responsibilities(Responsibility... values) {
            responsibilities = List.of(values);
            return this;
        }

        AgreementBuilder reviewDays(int days) {
            serviceLevels = Optional.of(new ServiceLevels(Optional.empty(), Optional.empty(), Optional.of(days)));
            return this;
        }

        AgreementBuilder maintainers(String... ids) {
            maintainers = List.of(ids);
            return this;
        }

        AgreementBuilder status(AgreementStatus value) {
            status = value;
            return this;
        }

        MaintainerAgreement build() {
            return new MaintainerAgreement(
                    id,
                    kind,
                    project,
                    provider,
                    contractor,
                    beneficiary,
                    commitment,
                    start,
                    end,
                    renewal,
                    notice,
                    responsibilities,
                    serviceLevels,
                    maintainers,
                    status,
                    Optional.empty());
        }
    }
}
