package eu.ospo.model.internal.identifier;

/**
 * The ISO/IEC 7064 MOD 97-10 check used by the LEI (ISO 17442) and IBAN: digits count as
 * themselves, letters A–Z as 10–35, and the resulting decimal number must leave remainder 1 when
 * divided by 97.
 */
public final class Mod97 {

    private Mod97() {}

    /**
     * The remainder modulo 97 of the number a string of digits and upper-case letters stands for.
     *
     * @param text digits and letters A–Z
     * @return the remainder, 0–96
     * @throws IllegalArgumentException on any other character
     */
    public static int remainder(String text) {
        int remainder = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                throw new IllegalArgumentException("not a digit or upper-case letter: " + c);
            }
        }
        return remainder;
    }

    /**
     * Whether the check digits at the end of the text verify.
     *
     * @param text digits and upper-case letters, check digits last
     * @return true if the remainder is 1
     */
    public static boolean verifies(String text) {
        return remainder(text) == 1;
    }

    /**
     * The two check digits to append to a text so that it verifies: {@code 98 − (text·100 mod 97)}.
     *
     * @param text digits and upper-case letters without check digits
     * @return two digits, {@code 02}–{@code 98}
     */
    public static String checkDigits(String text) {
        int digits = 98 - remainder(text + "00");
        return digits < 10 ? "0" + digits : Integer.toString(digits);
    }
}
