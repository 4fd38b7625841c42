package eu.ospo.model;

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
        Optional<@NotBlankIfPresent String> document) {

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
}
