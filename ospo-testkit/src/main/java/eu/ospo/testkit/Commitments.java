package eu.ospo.testkit;

import eu.ospo.model.Commitment;
import eu.ospo.model.CommitmentUnit;
import eu.ospo.model.Per;
import eu.ospo.testkit.internal.Draw;
import eu.ospo.testkit.internal.Shape;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of commitments: {@code {amount, unit: fte}} or {@code {amount, unit: hours, per}},
 * amounts positive and exact.
 */
public final class Commitments {

    private Commitments() {}

    /**
     * Commitments of 1–2000 whole hours per week, month, quarter or year, or 0.05–2.00 FTE.
     *
     * @return the generator
     */
    public static Gen<Commitment> any() {
        return in -> {
            Draw draw = new Draw(in);
            return draw.chance(50) ? fte(draw, 5, 200) : hours(draw, 1, 2000);
        };
    }

    /**
     * Commitments in hours.
     *
     * @param min the least amount, at least 1
     * @param max the greatest amount
     * @return whole hours per week, month, quarter or year
     */
    public static Gen<Commitment> hours(int min, int max) {
        Shape.Span span = new Shape.Span(min, max);
        if (min < 1) {
            throw new IllegalArgumentException("commitments are positive");
        }
        return in -> hours(new Draw(in), span.min(), span.max());
    }

    /**
     * Commitments in FTE, in hundredths.
     *
     * @param minHundredths the least amount in hundredths of an FTE, at least 1
     * @param maxHundredths the greatest amount in hundredths of an FTE
     * @return FTE amounts with two decimals
     */
    public static Gen<Commitment> fte(int minHundredths, int maxHundredths) {
        Shape.Span span = new Shape.Span(minHundredths, maxHundredths);
        if (minHundredths < 1) {
            throw new IllegalArgumentException("commitments are positive");
        }
        return in -> fte(new Draw(in), span.min(), span.max());
    }

    private static Commitment hours(Draw draw, int min, int max) {
        return new Commitment(
                BigDecimal.valueOf(draw.between(min, max)),
                CommitmentUnit.HOURS,
                java.util.Optional.of(draw.pick(List.of(Per.values()))));
    }

    private static Commitment fte(Draw draw, int min, int max) {
        return Commitment.ofFte(draw.decimal(min, max, 2));
    }
}
