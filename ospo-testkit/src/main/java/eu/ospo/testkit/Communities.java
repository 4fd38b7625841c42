package eu.ospo.testkit;

import eu.ospo.model.AgreementKind;
import eu.ospo.model.AgreementStatus;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.Community;
import eu.ospo.model.Governance;
import eu.ospo.testkit.internal.CommunityDraws;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.GovernanceAssembler;
import eu.ospo.testkit.internal.Shape;
import eu.ospo.testkit.internal.TeamShape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.quicktheories.core.Gen;

/**
 * Generators of whole governance models ({@link Governance}) and of the {@code community} section.
 *
 * <p>Every generated model is valid by construction: organisations, projects, agreements and
 * contacts have unique ids ({@code org1}, {@code project1}, {@code agreement1}, {@code person1});
 * every reference (agreement project, provider, contractor, beneficiary and maintainers, project
 * steward, contact affiliation and owner, seat organisation and contact, report organisation and
 * coder) names something declared; every date lies in the {@linkplain Builder#between chosen range};
 * agreements lie inside their provider's membership ({@code joined <= start <= end <= left}); and
 * every record passes its Jakarta constraints. Rules may still pass or fail on them: that is what
 * they are for.
 *
 * <pre>{@code
 * Gen<Governance> communities = Communities.builder()
 *         .organisations(2, 10)
 *         .agreementsPerOrganisation(0, 5)
 *         .between(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))
 *         .build();
 * }</pre>
 */
public final class Communities {

    private Communities() {}

    /**
     * A builder with the default knobs: 1–6 organisations, 0–2 projects and 0–4 agreements per
     * organisation (at least one project in all), 1–2 contacts per organisation, dates from
     * 2020-01-01 to 2030-12-31, commitments of 1–2000 hours or 0.05–2.00 FTE, every agreement kind
     * and status, and community time, decision bodies, exemptions and organisations that left may
     * all appear.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(Shape.DEFAULT);
    }

    /**
     * Governance models with the default knobs.
     *
     * @return the generator
     */
    public static Gen<Governance> governance() {
        return builder().build();
    }

    /**
     * The {@code community} section alone: name, uri, review date between 2020 and 2030, and up to
     * two exemptions for distinct rules of {@link #ruleIds()}.
     *
     * @return the generator
     */
    public static Gen<Community> community() {
        return in -> CommunityDraws.community(new Draw(in), Shape.DEFAULT);
    }

    /**
     * The rule ids an exemption may name: the default rules that need only governance.yml and
     * publiccode.yml (not the FILE-* and CO-* rules over the repository's own files).
     *
     * @return the ids
     */
    public static List<String> ruleIds() {
        return CommunityDraws.RULE_IDS;
    }

    /** The knobs of a {@code Gen<Governance>}. Each setter returns this builder; {@link #build()} checks them. */
    public static final class Builder {

        private Shape.Span organisations;
        private Shape.Span projectsPerOrganisation;
        private Shape.Span agreementsPerOrganisation;
        private Shape.Span contactsPerOrganisation;
        private LocalDate from;
        private LocalDate to;
        private Shape.Span hours;
        private Shape.Span fteHundredths;
        private List<CommitmentUnit> units;
        private List<AgreementKind> kinds;
        private List<AgreementStatus> statuses;
        private boolean communityTime;
        private boolean decisionMaking;
        private boolean exemptions;
        private boolean leaving;
        private TeamShape teams = TeamShape.NONE;

        private Builder(Shape shape) {
            organisations = shape.organisations();
            projectsPerOrganisation = shape.projectsPerOrganisation();
            agreementsPerOrganisation = shape.agreementsPerOrganisation();
            contactsPerOrganisation = shape.contactsPerOrganisation();
            from = shape.from();
            to = shape.to();
            hours = shape.hours();
            fteHundredths = shape.fteHundredths();
            units = shape.units();
            kinds = shape.kinds();
            statuses = shape.statuses();
            communityTime = shape.communityTime();
            decisionMaking = shape.decisionMaking();
            exemptions = shape.exemptions();
            leaving = shape.leaving();
        }

        /**
         * How many organisations.
         *
         * @param min at least 1
         * @param max at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         */
        public Builder organisations(int min, int max) {
            organisations = new Shape.Span(min, max);
            return this;
        }

        /**
         * How many projects each organisation stewards. A model always has at least one project: if
         * none is drawn, the first organisation gets one.
         *
         * @param min at least 0
         * @param max at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         */
        public Builder projectsPerOrganisation(int min, int max) {
            projectsPerOrganisation = new Shape.Span(min, max);
            return this;
        }

        /**
         * How many maintainer agreements each organisation provides (on any project).
         *
         * @param min at least 0
         * @param max at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         */
        public Builder agreementsPerOrganisation(int min, int max) {
            agreementsPerOrganisation = new Shape.Span(min, max);
            return this;
        }

        /**
         * How many contacts each organisation has.
         *
         * @param min at least 1
         * @param max at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         */
        public Builder contactsPerOrganisation(int min, int max) {
            contactsPerOrganisation = new Shape.Span(min, max);
            return this;
        }

        /**
         * The days every date falls on: membership, agreement terms, review dates, exemption ends,
         * reporting periods (a reporting period may run past {@code to} when {@code to} is not its
         * last day).
         *
         * @param from the first day
         * @param to the last day, not before {@code from}
         * @return this builder
         */
        public Builder between(LocalDate from, LocalDate to) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
            return this;
        }

        /**
         * The amounts of commitments given in hours (per week, month, quarter or year), whole
         * hours.
         *
         * @param min at least 1
         * @param max at least {@code min}
         * @return this builder
         */
        public Builder commitmentHours(int min, int max) {
            hours = new Shape.Span(min, max);
            return this;
        }

        /**
         * The amounts of commitments given in FTE, in steps of 0.01.
         *
         * @param min at least 0.01
         * @param max at least {@code min}
         * @return this builder
         */
        public Builder commitmentFte(BigDecimal min, BigDecimal max) {
            fteHundredths = new Shape.Span(
                    min.movePointRight(2).setScale(0, RoundingMode.CEILING).intValueExact(),
                    max.movePointRight(2).setScale(0, RoundingMode.FLOOR).intValueExact());
            return this;
        }

        /**
         * The units commitments may use.
         *
         * @param units at least one
         * @return this builder
         */
        public Builder commitmentUnits(CommitmentUnit... units) {
            this.units = List.of(units);
            return this;
        }

        /**
         * The kinds agreements may have. Maintenance and development agreements always carry a
         * commitment; the others do half of the time.
         *
         * @param kinds at least one
         * @return this builder
         */
        public Builder agreementKinds(AgreementKind... kinds) {
            this.kinds = List.of(kinds);
            return this;
        }

        /**
         * The statuses agreements may have (only {@link AgreementStatus#SIGNED} ones can be active).
         *
         * @param statuses at least one
         * @return this builder
         */
        public Builder agreementStatuses(AgreementStatus... statuses) {
            this.statuses = List.of(statuses);
            return this;
        }

        /**
         * No community-time policy, neither the community's nor an organisation's.
         *
         * @return this builder
         */
        public Builder withoutCommunityTime() {
            communityTime = false;
            return this;
        }

        /**
         * No decision bodies.
         *
         * @return this builder
         */
        public Builder withoutDecisionMaking() {
            decisionMaking = false;
            return this;
        }

        /**
         * No exemptions.
         *
         * @return this builder
         */
        public Builder withoutExemptions() {
            exemptions = false;
            return this;
        }

        /**
         * Teams per organisation (governance.yml 0.2): each organisation that has not left gets this
         * many teams, of its own people, serving a primary process (70 %) or a support one. With at
         * least one, models are version 0.2, and community-time reports that name a team or coder name
         * a generated team and one of its coders in the period. Default: none (version 0.1).
         *
         * @param min the fewest teams per organisation, at least 0
         * @param max the most
         * @return this builder
         */
        public Builder teamsPerOrganisation(int min, int max) {
            teams = new TeamShape(
                    new Shape.Span(min, max),
                    teams.codersPerTeam(),
                    teams.tenureMonths(),
                    teams.turnoverPercent(),
                    teams.ospo());
            return this;
        }

        /**
         * Coders per team (at most the organisation's people). Default: 1 to 3.
         *
         * @param min the fewest coders, at least 0
         * @param max the most
         * @return this builder
         */
        public Builder codersPerTeam(int min, int max) {
            teams = new TeamShape(
                    teams.teamsPerOrganisation(),
                    new Shape.Span(min, max),
                    teams.tenureMonths(),
                    teams.turnoverPercent(),
                    teams.ospo());
            return this;
        }

        /**
         * The tenure knob: how many months before the end of the date range ({@link #between}) each
         * team member joined; joins never precede the organisation's joining or the range's start.
         * Default: 0 to 72 months.
         *
         * @param min the fewest months, at least 0
         * @param max the most
         * @return this builder
         */
        public Builder tenureMonths(int min, int max) {
            teams = new TeamShape(
                    teams.teamsPerOrganisation(),
                    teams.codersPerTeam(),
                    new Shape.Span(min, max),
                    teams.turnoverPercent(),
                    teams.ospo());
            return this;
        }

        /**
         * The turnover knob: the chance that a team member has left by the end of the date range (on a
         * day between joining and that end). Default: 20.
         *
         * @param percent 0 (nobody leaves) to 100 (everybody has left by the end)
         * @return this builder
         */
        public Builder turnoverPercent(int percent) {
            teams = new TeamShape(
                    teams.teamsPerOrganisation(), teams.codersPerTeam(), teams.tenureMonths(), percent, teams.ospo());
            return this;
        }

        /**
         * Names an OSPO (version 0.2): the first organisation takes the {@code ospo} role and publishes
         * one or two rulesets and perhaps a tool, with one of its contacts; each project names one of
         * the rulesets (60 %), gives a waiver (20 %) or neither.
         *
         * @return this builder
         */
        public Builder withOspo() {
            teams = new TeamShape(
                    teams.teamsPerOrganisation(),
                    teams.codersPerTeam(),
                    teams.tenureMonths(),
                    teams.turnoverPercent(),
                    true);
            return this;
        }

        /**
         * No organisation has left (no {@code left} dates).
         *
         * @return this builder
         */
        public Builder withoutLeavers() {
            leaving = false;
            return this;
        }

        /**
         * The generator.
         *
         * @return a generator of valid governance models with these knobs
         * @throws IllegalArgumentException if the knobs contradict each other (no organisations, no
         *     contacts, dates in the wrong order, empty lists of units, kinds or statuses)
         */
        public Gen<Governance> build() {
            Shape shape = new Shape(
                    organisations,
                    projectsPerOrganisation,
                    agreementsPerOrganisation,
                    contactsPerOrganisation,
                    from,
                    to,
                    hours,
                    fteHundredths,
                    units,
                    kinds,
                    statuses,
                    communityTime,
                    decisionMaking,
                    exemptions,
                    leaving);
            TeamShape teamShape = teams;
            return in -> GovernanceAssembler.governance(new Draw(in), shape, teamShape);
        }
    }
}
