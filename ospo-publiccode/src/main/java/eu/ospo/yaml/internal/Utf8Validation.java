package eu.ospo.yaml.internal;

/**
 * Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates, nothing
 * past U+10FFFF), found by reading the bytes once, before they are decoded.
 *
 * <p>The loader used to decode first and then search the text for U+FFFD, which the JDK puts where
 * input is malformed, and the scanner counted the text's code points to learn whether it had
 * characters outside the Basic Multilingual Plane. Both were passes over the text, and over text
 * stored as UTF-16 each character costs a method call until the JIT compiler has got to it, which in
 * a one-process run over a few hundred files it has not yet for most of them. One pass over the
 * bytes answers both questions with a few bytecodes per ASCII byte.
 *
 * @param malformedAt the offset of the first byte that does not begin a well-formed sequence (the
 *     offset a strict {@link java.nio.charset.CharsetDecoder} stops at), or -1 when there is none
 * @param supplementary whether the bytes encode a character outside the Basic Multilingual Plane
 *     (one that takes two {@code char}s in a Java string); meaningful when well-formed
 */
record Utf8Validation(int malformedAt, boolean supplementary) {

    /**
     * Checks {@code bytes[from, to)}.
     *
     * @param bytes the bytes
     * @param from the first offset checked
     * @param to one past the last offset checked
     * @return where the first malformed sequence begins, and whether any sequence encodes a
     *     supplementary character
     */
    static Utf8Validation check(byte[] bytes, int from, int to) {
        boolean supplementary = false;
        int i = from;
        while (i < to) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int length = sequenceLength(bytes, i, to, lead);
            if (length == 0) {
                return new Utf8Validation(i, supplementary);
            }
            supplementary |= length == 4;
            i += length;
        }
        return new Utf8Validation(-1, supplementary);
    }

    /**
     * The length of the well-formed sequence that starts at {@code at} with the non-ASCII byte
     * {@code lead}, or 0 when it is malformed (a continuation byte, an overlong or surrogate form, a
     * code point past U+10FFFF, or a sequence cut short by {@code to} or by a byte that does not
     * continue it).
     */
    private static int sequenceLength(byte[] bytes, int at, int to, int lead) {
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead < 0xC2) {
            return 0; // a continuation byte, or an overlong form of ASCII (C0, C1)
        } else if (lead < 0xE0) {
            length = 2;
        } else if (lead < 0xF0) {
            length = 3;
            if (lead == 0xE0) {
                secondMin = 0xA0; // shorter forms are overlong
            } else if (lead == 0xED) {
                secondMax = 0x9F; // U+D800 to U+DFFF are surrogates
            }
        } else if (lead < 0xF5) {
            length = 4;
            if (lead == 0xF0) {
                secondMin = 0x90; // shorter forms are overlong
            } else if (lead == 0xF4) {
                secondMax = 0x8F; // past U+10FFFF
            }
        } else {
            return 0;
        }
        if (at + length > to) {
            return 0;
        }
        int second = bytes[at + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
