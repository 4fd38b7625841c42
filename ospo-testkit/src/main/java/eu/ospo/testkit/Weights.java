package eu.ospo.testkit;

import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators for properties of the concentration measure F(w, p) (elephant factor, contributor
 * absence factor): weight vectors, thresholds and scale factors, all exact decimals. Vectors often
 * contain zeros and ties, and thresholds include the values where a top-k sum can equal p·T exactly,
 * the cases where inexact arithmetic goes wrong.
 */
public final class Weights {

    private static final List<BigDecimal> ROUND_THRESHOLDS = List.of(
            new BigDecimal("0.5"),
            BigDecimal.ONE,
            new BigDecimal("0.25"),
            new BigDecimal("0.75"),
            new BigDecimal("0.2"));

    private Weights() {}

    /**
     * Weight vectors of 0–12 non-negative weights up to 1000 with up to 2 decimals.
     *
     * @return the generator
     */
    public static Gen<List<BigDecimal>> vectors() {
        return vectors(0, 12);
    }

    /**
     * Weight vectors of non-negative weights up to 1000 with up to 2 decimals; about one weight in
     * seven is zero, and a third of the vectors draw from only three distinct values (ties).
     *
     * @param minSize the fewest weights
     * @param maxSize the most weights
     * @return the generator
     * @throws IllegalArgumentException if the sizes are negative or in the wrong order
     */
    public static Gen<List<BigDecimal>> vectors(int minSize, int maxSize) {
        Shape.Span size = new Shape.Span(minSize, maxSize);
        return in -> draw(new Draw(in), size, true);
    }

    /**
     * Weight vectors of positive weights up to 1000 with up to 2 decimals (so the total is positive
     * when there is at least one), ties as in {@link #vectors(int, int)}.
     *
     * @param minSize the fewest weights
     * @param maxSize the most weights
     * @return the generator
     * @throws IllegalArgumentException if the sizes are negative or in the wrong order
     */
    public static Gen<List<BigDecimal>> positiveVectors(int minSize, int maxSize) {
        Shape.Span size = new Shape.Span(minSize, maxSize);
        return in -> draw(new Draw(in), size, false);
    }

    /**
     * Thresholds p in (0, 1]: round values (0.5, 1, 0.25, 0.75, 0.2) a third of the time, else
     * thousandths from 0.001 to 1.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> thresholds() {
        return in -> {
            Draw draw = new Draw(in);
            return draw.chance(33) ? draw.pick(ROUND_THRESHOLDS) : draw.decimal(1, 1000, 3);
        };
    }

    /**
     * Positive scale factors from 0.001 to 1000, exact.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> scaleFactors() {
        return in -> new Draw(in).decimal(1, 1_000_000, 3);
    }

    private static List<BigDecimal> draw(Draw draw, Shape.Span size, boolean zeros) {
        int count = size.draw(draw);
        boolean ties = draw.chance(33);
        List<BigDecimal> pool = List.of(weight(draw), weight(draw), weight(draw));
        List<BigDecimal> weights = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (zeros && draw.chance(15)) {
                weights.add(BigDecimal.ZERO);
            } else {
                weights.add(ties ? draw.pick(pool) : weight(draw));
            }
        }
        return weights;
    }

    private static BigDecimal weight(Draw draw) {
        int scale = draw.between(0, 2);
        long unit = (long) Math.pow(10, scale);
        return draw.decimal(1, 1000 * unit, scale);
    }
}
