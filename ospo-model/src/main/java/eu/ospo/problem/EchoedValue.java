package eu.ospo.problem;

/**
 * A value from a file as a message repeats it: at most {@value #MAX_LENGTH} characters, then an
 * ellipsis. Messages that quote what the file says (an unknown key, a file reference, an identifier,
 * an exemption's reason) quote it through this class, so that a long value repeated many times (one
 * 4 MB string aliased in every item of a list) cannot make a report grow beyond a few hundred bytes
 * per problem. The value itself stays in the model and in the problem's arguments.
 */
public final class EchoedValue {

    /** The most characters (UTF-16 code units) of a value a message repeats. */
    public static final int MAX_LENGTH = 200;

    /** What follows a shortened value. */
    public static final String ELLIPSIS = "\u2026";

    private EchoedValue() {}

    /**
     * The value, or its first {@value #MAX_LENGTH} characters followed by {@code …} when it is
     * longer. A surrogate pair is never split.
     *
     * @param value the value from the file
     * @return the value to put in a message
     */
    public static String of(String value) {
        return shorten(value, MAX_LENGTH);
    }

    /**
     * The text, or its first {@code max} characters followed by {@code …} when it is longer. A
     * surrogate pair is never split.
     *
     * @param text the text
     * @param max the most characters to keep, at least 1
     * @return the text, shortened when needed
     */
    public static String shorten(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
