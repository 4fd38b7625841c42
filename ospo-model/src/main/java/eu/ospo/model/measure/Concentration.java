package eu.ospo.model.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The concentration factor F(w, p): for non-negative weights w with total T and a threshold p in (0,
 * 1], the smallest k such that the k largest weights together reach at least p·T; F = 0 when T = 0.
 *
 * <p>Over effort per organisation F is the <em>elephant factor</em>; over activity per person it is
 * the <em>contributor absence factor</em> (bus factor). Computed exactly: {@code top-k sum ≥ p × T}
 * is compared in {@link BigDecimal} without division or rounding.
 *
 * <p>Properties that hold (and are tested): for T &gt; 0, {@code 1 ≤ F ≤} the number of positive
 * weights and {@code F ≥ ⌈p·T / max(w)⌉}; F does not depend on the order of the weights, on scaling
 * them all by one positive factor, or on zero weights; it never decreases as p grows; merging two
 * weights never increases it. "At least" matters: with p = 0.5 an organisation with exactly half of
 * the effort alone makes F = 1, so F ≥ 2 means every share is below one half.
 */
public final class Concentration {

    /** The threshold CHAOSS uses for the elephant and contributor absence factors: one half. */
    public static final BigDecimal HALF = new BigDecimal("0.5");

    private Concentration() {}

    /**
     * F(weights, p).
     *
     * @param weights non-negative weights, in any order
     * @param p the threshold share, in (0, 1]
     * @return F, from 0 (all weights zero) to the number of positive weights
     * @throws IllegalArgumentException if a weight is negative or p is outside (0, 1]
     */
    public static int factor(Collection<BigDecimal> weights, BigDecimal p) {
        Objects.requireNonNull(p, "p");
        if (p.signum() <= 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("p must lie in (0, 1], got " + p);
        }
        List<BigDecimal> positive = new ArrayList<>(weights.size());
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weights must not be negative, got " + weight);
            }
            if (weight.signum() > 0) {
                positive.add(weight);
                total = total.add(weight);
            }
        }
        if (positive.isEmpty()) {
            return 0;
        }
        positive.sort(Comparator.reverseOrder());
        BigDecimal target = p.multiply(total);
        BigDecimal sum = BigDecimal.ZERO;
        int k = 0;
        for (BigDecimal weight : positive) {
            sum = sum.add(weight);
            k++;
            if (sum.compareTo(target) >= 0) {
                return k;
            }
        }
        return k;
    }

    /**
     * The elephant factor: F over the effort of each organisation.
     *
     * @param effortByOrganisation effort (for example committed hours per year) by organisation id
     * @param p the threshold share, usually {@link #HALF}
     * @return the elephant factor
     */
    public static int elephantFactor(Map<String, BigDecimal> effortByOrganisation, BigDecimal p) {
        return factor(effortByOrganisation.values(), p);
    }

    /**
     * The contributor absence factor: F over the activity of each person.
     *
     * @param activityByPerson activity (for example commits or reviews) by person
     * @param p the threshold share, usually {@link #HALF}
     * @return the contributor absence factor
     */
    public static int contributorAbsenceFactor(Map<String, BigDecimal> activityByPerson, BigDecimal p) {
        return factor(activityByPerson.values(), p);
    }
}
