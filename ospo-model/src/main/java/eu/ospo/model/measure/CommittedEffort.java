package eu.ospo.model.measure;

import eu.ospo.model.FteBasis;
import eu.ospo.model.MaintainerAgreement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Effort committed by active agreements, in hours per year: the sum of {@link
 * MaintainerAgreement#committedHoursPerYear(FteBasis)} over the agreements {@linkplain
 * MaintainerAgreement#isActiveOn(LocalDate) active} on a day. Effort counts for the agreement's
 * provider, not its contractor. Exact: sums of exact products.
 */
public final class CommittedEffort {

    private CommittedEffort() {}

    /**
     * The committed hours per year of each provider with a positive total.
     *
     * @param agreements the agreements to count, usually those on one project
     * @param day the evaluation day
     * @param basis the hours of one FTE-year
     * @return hours per year by provider id, sorted by id
     */
    public static Map<String, BigDecimal> byProvider(
            Collection<MaintainerAgreement> agreements, LocalDate day, FteBasis basis) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (MaintainerAgreement agreement : agreements) {
            if (agreement.isActiveOn(day)) {
                BigDecimal hours = agreement.committedHoursPerYear(basis);
                if (hours.signum() > 0) {
                    totals.merge(agreement.provider(), hours, BigDecimal::add);
                }
            }
        }
        return Collections.unmodifiableMap(totals);
    }

    /**
     * The total committed hours per year.
     *
     * @param agreements the agreements to count
     * @param day the evaluation day
     * @param basis the hours of one FTE-year
     * @return hours per year, at least zero
     */
    public static BigDecimal total(Collection<MaintainerAgreement> agreements, LocalDate day, FteBasis basis) {
        return byProvider(agreements, day, basis).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    /**
     * The committed hours per year of each named maintainer: every active agreement with a positive
     * commitment divides its hours equally among its distinct {@linkplain
     * MaintainerAgreement#maintainers() maintainers}, and a contact's hours are the sum of its parts.
     * Agreements that name nobody count for nobody (see {@link #unassigned}). Each part is rounded
     * to 34 significant digits ({@link MathContext#DECIMAL128}) when the division does not terminate
     * ({@code 480 / 3} is exactly {@code 160}; {@code 100 / 3} is not).
     *
     * @param agreements the agreements to count, usually those on one project
     * @param day the evaluation day
     * @param basis the hours of one FTE-year
     * @return hours per year by contact id, sorted by id
     */
    public static Map<String, BigDecimal> byMaintainer(
            Collection<MaintainerAgreement> agreements, LocalDate day, FteBasis basis) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (MaintainerAgreement agreement : agreements) {
            TreeSet<String> people = new TreeSet<>(agreement.maintainers());
            BigDecimal hours = agreement.committedHoursPerYear(basis);
            if (!agreement.isActiveOn(day) || hours.signum() <= 0 || people.isEmpty()) {
                continue;
            }
            BigDecimal each = hours.divide(BigDecimal.valueOf(people.size()), MathContext.DECIMAL128);
            people.forEach(person -> totals.merge(person, each, BigDecimal::add));
        }
        return Collections.unmodifiableMap(totals);
    }

    /**
     * The committed hours per year of active agreements that name no maintainer.
     *
     * @param agreements the agreements to count
     * @param day the evaluation day
     * @param basis the hours of one FTE-year
     * @return hours per year, at least zero
     */
    public static BigDecimal unassigned(Collection<MaintainerAgreement> agreements, LocalDate day, FteBasis basis) {
        BigDecimal total = BigDecimal.ZERO;
        for (MaintainerAgreement agreement : agreements) {
            if (agreement.isActiveOn(day) && agreement.maintainers().isEmpty()) {
                total = total.add(agreement.committedHoursPerYear(basis));
            }
        }
        return total;
    }
}
