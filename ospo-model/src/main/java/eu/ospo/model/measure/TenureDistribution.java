package eu.ospo.model.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenures, in days, of a group of coders (a team, or the whole community) on one day: sorted, with
 * their median and their distribution over {@link TenureBand}s.
 *
 * @param days the tenures, ascending
 */
public record TenureDistribution(List<Long> days) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * Checks and sorts.
     *
     * @throws IllegalArgumentException if a tenure is below 1 day (a coder counted on a day has been
     *     one for at least that day)
     */
    public TenureDistribution {
        List<Long> sorted = new ArrayList<>(days);
        for (Long d : sorted) {
            if (d < 1) {
                throw new IllegalArgumentException("a tenure is at least one day, got " + d);
            }
        }
        Collections.sort(sorted);
        days = List.copyOf(sorted);
    }

    /**
     * The distribution of some tenures.
     *
     * @param days tenures in days, in any order
     * @return the distribution
     */
    public static TenureDistribution of(Collection<Long> days) {
        return new TenureDistribution(List.copyOf(days));
    }

    /**
     * How many coders.
     *
     * @return the number of tenures
     */
    public int count() {
        return days.size();
    }

    /**
     * The median tenure in days, exact: the middle value, or the mean of the two middle values (then
     * possibly ending in {@code .5}).
     *
     * @return the median, or empty without coders
     */
    public Optional<BigDecimal> median() {
        int n = days.size();
        if (n == 0) {
            return Optional.empty();
        }
        if (n % 2 == 1) {
            return Optional.of(BigDecimal.valueOf(days.get(n / 2)));
        }
        BigDecimal sum = BigDecimal.valueOf(days.get(n / 2 - 1)).add(BigDecimal.valueOf(days.get(n / 2)));
        return Optional.of(sum.divide(TWO)); // exact: a whole number or one ending in .5
    }

    /**
     * The median tenure in months of {@link Tenure#DAYS_PER_MONTH} days, rounded.
     *
     * @param context the precision of the division
     * @return the median in months, or empty without coders
     */
    public Optional<BigDecimal> medianMonths(MathContext context) {
        return median().map(m -> m.divide(Tenure.DAYS_PER_MONTH, context));
    }

    /**
     * Whether the median tenure reaches a number of months, compared exactly in days ({@code median ≥
     * months × 30.4375}).
     *
     * @param months the threshold
     * @return false without coders
     */
    public boolean medianAtLeastMonths(int months) {
        return median().map(m -> m.compareTo(Tenure.daysOf(months)) >= 0).orElse(false);
    }

    /**
     * How many coders fall in each band.
     *
     * @return every band, in order, with its count (0 included)
     */
    public Map<TenureBand, Integer> bands() {
        Map<TenureBand, Integer> bands = new EnumMap<>(TenureBand.class);
        for (TenureBand band : TenureBand.values()) {
            bands.put(band, 0);
        }
        days.forEach(d -> bands.merge(TenureBand.of(d), 1, Integer::sum));
        return Collections.unmodifiableMap(bands);
    }
}
