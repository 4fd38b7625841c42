package eu.ospo.testkit.internal;

/**
 * ISO/IEC 7064 MOD 97-10 check digits, as the LEI (ISO 17442) uses them: digits count as
 * themselves, letters A–Z as 10–35, and a code with its two check digits leaves remainder 1 modulo
 * 97.
 */
public final class CheckDigits {

    private CheckDigits() {}

    /**
     * The two check digits that make {@code base + digits} verify.
     *
     * @param base digits and upper-case letters
     * @return two digits, {@code 02}–{@code 98}
     */
    public static String mod97(String base) {
        int digits = 98 - remainder(base + "00");
        return digits < 10 ? "0" + digits : Integer.toString(digits);
    }

    /**
     * The remainder modulo 97 of the number a code stands for.
     *
     * @param code digits and upper-case letters
     * @return the remainder
     * @throws IllegalArgumentException on any other character
     */
    public static int remainder(String code) {
        int remainder = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + c - '0') % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + c - 'A' + 10) % 97;
            } else {
                throw new IllegalArgumentException("not a digit or upper-case letter: " + c);
            }
        }
        return remainder;
    }
}
