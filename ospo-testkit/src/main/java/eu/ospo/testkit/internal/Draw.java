package eu.ospo.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws values from one QuickTheories randomness source. Every draw goes through {@link
 * Generate#range(int, int)} or {@link Generate#longRange(long, long)}, whose shrink point is the low
 * end, so a failing example shrinks towards small counts, early dates, the first choice of a list
 * and absent optional values.
 */
public final class Draw {

    private final RandomnessSource in;

    /**
     * Draws from a source.
     *
     * @param in the source QuickTheories passes to a generator
     */
    public Draw(RandomnessSource in) {
        this.in = in;
    }

    /**
     * A whole number in {@code [min, max]}.
     *
     * @param min the least value
     * @param max the greatest value, at least {@code min}
     * @return the number
     */
    public int between(int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    /**
     * A whole number in {@code [min, max]}.
     *
     * @param min the least value
     * @param max the greatest value, at least {@code min}
     * @return the number
     */
    public long longBetween(long min, long max) {
        return Generate.longRange(min, max).generate(in);
    }

    /**
     * True with a probability; shrinks to false.
     *
     * @param percent the chance of true, 0–100
     * @return the outcome
     */
    public boolean chance(int percent) {
        return between(0, 99) >= 100 - percent;
    }

    /**
     * One item of a list; shrinks to the first.
     *
     * @param <T> the item type
     * @param items a non-empty list
     * @return an item
     */
    public <T> T pick(List<T> items) {
        return items.get(between(0, items.size() - 1));
    }

    /**
     * Some of the items of a list, in list order; shrinks to none.
     *
     * @param <T> the item type
     * @param items the candidates
     * @param percent the chance of each item being taken
     * @return the chosen items
     */
    public <T> List<T> subset(List<T> items, int percent) {
        List<T> chosen = new ArrayList<>();
        for (T item : items) {
            if (chance(percent)) {
                chosen.add(item);
            }
        }
        return chosen;
    }

    /**
     * At least one of the items of a list, in list order; shrinks to the first item alone.
     *
     * @param <T> the item type
     * @param items a non-empty list of candidates
     * @param percent the chance of each further item being taken
     * @return the chosen items, at least one
     */
    public <T> List<T> nonEmptySubset(List<T> items, int percent) {
        T first = pick(items);
        List<T> chosen = new ArrayList<>();
        for (T item : items) {
            if (item.equals(first) || chance(percent)) {
                chosen.add(item);
            }
        }
        return chosen;
    }

    /**
     * A value, present with a probability; shrinks to empty.
     *
     * @param <T> the value type
     * @param percent the chance of a value
     * @param value draws the value
     * @return the value or empty
     */
    public <T> Optional<T> maybe(int percent, Supplier<T> value) {
        return chance(percent) ? Optional.of(value.get()) : Optional.empty();
    }

    /**
     * A day in a closed range.
     *
     * @param first the first day allowed
     * @param last the last day allowed, not before {@code first}
     * @return the day; shrinks to {@code first}
     */
    public LocalDate day(LocalDate first, LocalDate last) {
        return first.plusDays(longBetween(0, ChronoUnit.DAYS.between(first, last)));
    }

    /**
     * An exact decimal {@code unscaled × 10^-scale} with a drawn unscaled value.
     *
     * @param minUnscaled the least unscaled value
     * @param maxUnscaled the greatest unscaled value
     * @param scale the number of decimals
     * @return the decimal
     */
    public BigDecimal decimal(long minUnscaled, long maxUnscaled, int scale) {
        return BigDecimal.valueOf(longBetween(minUnscaled, maxUnscaled), scale);
    }

    /**
     * A string of digits.
     *
     * @param length the number of digits
     * @return the digits; shrinks to zeros
     */
    public String digits(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('0' + between(0, 9)));
        }
        return text.toString();
    }

    /**
     * A string of digits and upper-case letters.
     *
     * @param length the number of characters
     * @return the characters; shrinks to zeros
     */
    public String alphanumerics(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = between(0, 35);
            text.append(c < 10 ? (char) ('0' + c) : (char) ('A' + c - 10));
        }
        return text.toString();
    }

    /**
     * A value of another generator, drawn from the same source.
     *
     * @param <T> the value type
     * @param gen the generator
     * @return its value
     */
    public <T> T from(Gen<T> gen) {
        return gen.generate(in);
    }
}
