package eu.ospo.model.internal.identifier;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The syntax of a Dutch OIN (Organisatie-identificatienummer): 20 digits made of an 8-digit prefix
 * naming the source register, a main number and a suffix of zeros. The main number has 9 positions
 * with suffix {@code 000}, or 8 positions with suffix {@code 0000} when it is a KvK number (prefix
 * {@code 00000003}).
 */
public final class OinSyntax {

    /** The prefix of test OINs. */
    public static final String TEST_PREFIX = "00000099";

    /** The prefix whose main number is an 8-digit KvK number. */
    public static final String KVK_PREFIX = "00000003";

    private static final Pattern DIGITS = Pattern.compile("\\d{20}");

    private static final Set<String> PREFIXES = Set.of(
            "00000001",
            "00000002",
            "00000003",
            "00000004",
            "00000005",
            "00000006",
            "00000007",
            "00000008",
            "00000009",
            "00000010",
            "00000011",
            TEST_PREFIX);

    private OinSyntax() {}

    /**
     * What is wrong with a value as an OIN.
     *
     * @param value the value
     * @return a short explanation, or empty if the value is a well-formed OIN
     */
    public static Optional<String> defect(String value) {
        if (!DIGITS.matcher(value).matches()) {
            return Optional.of("an OIN has exactly 20 digits");
        }
        String prefix = value.substring(0, 8);
        if (!PREFIXES.contains(prefix)) {
            return Optional.of("OIN prefix " + prefix + " names no known register");
        }
        String suffix = KVK_PREFIX.equals(prefix) ? "0000" : "000";
        if (!value.endsWith(suffix)) {
            return Optional.of("an OIN with prefix " + prefix + " ends in " + suffix);
        }
        return Optional.empty();
    }
}
