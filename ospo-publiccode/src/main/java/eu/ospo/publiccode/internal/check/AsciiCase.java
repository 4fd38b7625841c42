package eu.ospo.publiccode.internal.check;

/**
 * Case mapping of ASCII letters only. {@link String#toLowerCase} would also map some non-ASCII
 * characters onto ASCII ones (the Kelvin sign U+212A becomes {@code k}, the dotless i U+0131
 * upper-cases to {@code I}), which would let look-alike input match a code list.
 */
final class AsciiCase {
    private AsciiCase() {}

    /** The text with {@code A-Z} mapped to {@code a-z}; every other character is kept. */
    static String toLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** The text with {@code a-z} mapped to {@code A-Z}; every other character is kept. */
    static String toUpper(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
