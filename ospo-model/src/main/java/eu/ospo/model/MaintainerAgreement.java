package eu.ospo.model;

import eu.ospo.model.validation.AbsoluteUri;
import eu.ospo.model.validation.EndNotBeforeStart;
import eu.ospo.model.validation.NotBlankIfPresent;
import eu.ospo.model.validation.Slug;
import eu.ospo.model.validation.WellFormedAgreement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An agreement by which an organisation commits effort to a project ({@code agreements[]}).
 *
 * @param id local id, unique among agreements
 * @param kind what the agreement is about
 * @param project the project's id
 * @param provider the id of the organisation committing the effort
 * @param contractor the id of the vendor doing the work on the provider's behalf
 * @param beneficiary the id of the organisation the work is for, or {@value #COMMUNITY} (the
 *     default)
 * @param commitment the effort; required for maintenance and development agreements
 * @param start the first day of the term
 * @param end the last day of the term; absent only for an automatically renewing agreement
 * @param renewal what happens at the end of the term; {@link Renewal#NONE} by default
 * @param noticePeriodDays days of notice needed to end or not renew the agreement
 * @param responsibilities the tasks covered
 * @param serviceLevels promised response times
 * @param maintainers ids of the contacts doing the work
 * @param status draft, signed or terminated; only signed agreements can be active
 * @param document URL of the signed agreement
 */
@EndNotBeforeStart(start = "start", end = "end")
@WellFormedAgreement
public record MaintainerAgreement(
        @Slug String id,
        AgreementKind kind,
        @Slug String project,
        @Slug String provider,
        Optional<@Slug String> contractor,
        @Slug String beneficiary,
        Optional<@Valid Commitment> commitment,
        LocalDate start,
        Optional<LocalDate> end,
        Renewal renewal,
        Optional<@PositiveOrZero Integer> noticePeriodDays,
        List<Responsibility> responsibilities,
        Optional<@Valid ServiceLevels> serviceLevels,
        List<@NotBlank String> maintainers,
        AgreementStatus status,
        Optional<@NotBlankIfPresent @AbsoluteUri String> document) {

    /** The beneficiary meaning the whole community, the default. */
    public static final String COMMUNITY = "community";

    /** Checks for nulls and copies the lists. */
    public MaintainerAgreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(contractor, "contractor");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(noticePeriodDays, "noticePeriodDays");
        Objects.requireNonNull(serviceLevels, "serviceLevels");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
        responsibilities = List.copyOf(responsibilities);
        maintainers = List.copyOf(maintainers);
    }

    /**
     * An agreement with the keys governance.yml requires and the defaults of the rest: beneficiary
     * {@value #COMMUNITY}, {@link Renewal#NONE}, no end, commitment, notice period, responsibilities,
     * service levels, maintainers, contractor or document. Add the rest with the {@code with...}
     * methods; a maintenance or development agreement also needs {@link #withCommitment} and, unless
     * it renews automatically, {@link #withEnd} (see {@link WellFormedAgreement}).
     *
     * @param id local id, unique among agreements
     * @param kind what the agreement is about
     * @param project the project's id
     * @param provider the id of the organisation committing the effort
     * @param status draft, signed or terminated
     * @param start the first day of the term
     * @return the agreement
     */
    public static MaintainerAgreement of(
            String id, AgreementKind kind, String project, String provider, AgreementStatus status, LocalDate start) {
        return new MaintainerAgreement(
                id,
                kind,
                project,
                provider,
                Optional.empty(),
                COMMUNITY,
                Optional.empty(),
                start,
                Optional.empty(),
                Renewal.NONE,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                status,
                Optional.empty());
    }

    /**
     * Whether the agreement is active on a day: it is {@link AgreementStatus#SIGNED} and the day lies
     * in its term, {@code start <= day} and, if there is an end, {@code day <= end}. Renewal is not
     * assumed: an agreement with an end is inactive after it, whatever its {@code renewal}.
     *
     * @param day the day
     * @return true if active
     */
    public boolean isActiveOn(LocalDate day) {
        return status == AgreementStatus.SIGNED
                && !day.isBefore(start)
                && end.map(last -> !day.isAfter(last)).orElse(true);
    }

    /**
     * The committed effort in hours per year ({@link Commitment#hoursPerYear(FteBasis)}), or zero
     * without a commitment.
     *
     * @param basis the hours of one FTE-year
     * @return hours per year, at least zero
     */
    public BigDecimal committedHoursPerYear(FteBasis basis) {
        return commitment.map(c -> c.hoursPerYear(basis)).orElse(BigDecimal.ZERO);
    }

    /**
     * The last day on which notice can be given to end the agreement at the end of its term: {@code
     * end − noticePeriodDays}.
     *
     * @return the day, or empty without an end or a notice period
     */
    public Optional<LocalDate> noticeDeadline() {
        return end.flatMap(last -> noticePeriodDays.map(last::minusDays));
    }

    /**
     * Whether the agreement names a responsibility.
     *
     * @param responsibility the responsibility
     * @return true if listed
     */
    public boolean covers(Responsibility responsibility) {
        return responsibilities.contains(responsibility);
    }

    /**
     * A copy with {@code id} replaced; every other component is kept.
     *
     * @param id local id, unique among agreements
     * @return the copy
     */
    public MaintainerAgreement withId(String id) {
        return copy(c -> c.id = id);
    }

    /**
     * A copy with {@code kind} replaced; every other component is kept.
     *
     * @param kind what the agreement is about
     * @return the copy
     */
    public MaintainerAgreement withKind(AgreementKind kind) {
        return copy(c -> c.kind = kind);
    }

    /**
     * A copy with {@code project} replaced; every other component is kept.
     *
     * @param project the project's id
     * @return the copy
     */
    public MaintainerAgreement withProject(String project) {
        return copy(c -> c.project = project);
    }

    /**
     * A copy with {@code provider} replaced; every other component is kept.
     *
     * @param provider the id of the organisation committing the effort
     * @return the copy
     */
    public MaintainerAgreement withProvider(String provider) {
        return copy(c -> c.provider = provider);
    }

    /**
     * A copy with {@code contractor} replaced; every other component is kept.
     *
     * @param contractor the id of the vendor doing the work on the provider's behalf
     * @return the copy
     */
    public MaintainerAgreement withContractor(Optional<String> contractor) {
        return copy(c -> c.contractor = contractor);
    }

    /**
     * A copy with {@code beneficiary} replaced; every other component is kept.
     *
     * @param beneficiary the id of the organisation the work is for, or {@value #COMMUNITY} (the default)
     * @return the copy
     */
    public MaintainerAgreement withBeneficiary(String beneficiary) {
        return copy(c -> c.beneficiary = beneficiary);
    }

    /**
     * A copy with {@code commitment} replaced; every other component is kept.
     *
     * @param commitment the effort; required for maintenance and development agreements
     * @return the copy
     */
    public MaintainerAgreement withCommitment(Optional<Commitment> commitment) {
        return copy(c -> c.commitment = commitment);
    }

    /**
     * A copy with {@code start} replaced; every other component is kept.
     *
     * @param start the first day of the term
     * @return the copy
     */
    public MaintainerAgreement withStart(LocalDate start) {
        return copy(c -> c.start = start);
    }

    /**
     * A copy with {@code end} replaced; every other component is kept.
     *
     * @param end the last day of the term; absent only for an automatically renewing agreement
     * @return the copy
     */
    public MaintainerAgreement withEnd(Optional<LocalDate> end) {
        return copy(c -> c.end = end);
    }

    /**
     * A copy with {@code renewal} replaced; every other component is kept.
     *
     * @param renewal what happens at the end of the term; {@link Renewal#NONE} by default
     * @return the copy
     */
    public MaintainerAgreement withRenewal(Renewal renewal) {
        return copy(c -> c.renewal = renewal);
    }

    /**
     * A copy with {@code noticePeriodDays} replaced; every other component is kept.
     *
     * @param noticePeriodDays days of notice needed to end or not renew the agreement
     * @return the copy
     */
    public MaintainerAgreement withNoticePeriodDays(Optional<Integer> noticePeriodDays) {
        return copy(c -> c.noticePeriodDays = noticePeriodDays);
    }

    /**
     * A copy with {@code responsibilities} replaced; every other component is kept.
     *
     * @param responsibilities the tasks covered
     * @return the copy
     */
    public MaintainerAgreement withResponsibilities(List<Responsibility> responsibilities) {
        return copy(c -> c.responsibilities = responsibilities);
    }

    /**
     * A copy with {@code serviceLevels} replaced; every other component is kept.
     *
     * @param serviceLevels promised response times
     * @return the copy
     */
    public MaintainerAgreement withServiceLevels(Optional<ServiceLevels> serviceLevels) {
        return copy(c -> c.serviceLevels = serviceLevels);
    }

    /**
     * A copy with {@code maintainers} replaced; every other component is kept.
     *
     * @param maintainers ids of the contacts doing the work
     * @return the copy
     */
    public MaintainerAgreement withMaintainers(List<String> maintainers) {
        return copy(c -> c.maintainers = maintainers);
    }

    /**
     * A copy with {@code status} replaced; every other component is kept.
     *
     * @param status draft, signed or terminated; only signed agreements can be active
     * @return the copy
     */
    public MaintainerAgreement withStatus(AgreementStatus status) {
        return copy(c -> c.status = status);
    }

    /**
     * A copy with {@code document} replaced; every other component is kept.
     *
     * @param document URL of the signed agreement
     * @return the copy
     */
    public MaintainerAgreement withDocument(Optional<String> document) {
        return copy(c -> c.document = document);
    }

    private MaintainerAgreement copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a record being copied; each wither changes one. */
    private static final class Copy {
        private String id;
        private AgreementKind kind;
        private String project;
        private String provider;
        private Optional<String> contractor;
        private String beneficiary;
        private Optional<Commitment> commitment;
        private LocalDate start;
        private Optional<LocalDate> end;
        private Renewal renewal;
        private Optional<Integer> noticePeriodDays;
        private List<Responsibility> responsibilities;
        private Optional<ServiceLevels> serviceLevels;
        private List<String> maintainers;
        private AgreementStatus status;
        private Optional<String> document;

        Copy(MaintainerAgreement r) {
            id = r.id;
            kind = r.kind;
            project = r.project;
            provider = r.provider;
            contractor = r.contractor;
            beneficiary = r.beneficiary;
            commitment = r.commitment;
            start = r.start;
            end = r.end;
            renewal = r.renewal;
            noticePeriodDays = r.noticePeriodDays;
            responsibilities = r.responsibilities;
            serviceLevels = r.serviceLevels;
            maintainers = r.maintainers;
            status = r.status;
            document = r.document;
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
                    noticePeriodDays,
                    responsibilities,
                    serviceLevels,
                    maintainers,
                    status,
                    document);
        }
    }
}
