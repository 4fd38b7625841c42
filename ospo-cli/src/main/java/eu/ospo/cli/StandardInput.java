package eu.ospo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code -} in place of a FILE: the file is read from standard input, as far as a file of the
 * largest size any ospo file may have.
 */
public final class StandardInput {

    /** The argument that names standard input. */
    public static final String NAME = "-";

    /** More than any file ospo reads may hold (their limits are lower): reading stops there. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private StandardInput() {}

    /**
     * Whether a FILE argument names standard input.
     *
     * @param argument the argument
     * @return true for {@code -}
     */
    public static boolean is(String argument) {
        return NAME.equals(argument);
    }

    /**
     * Standard input, not to be closed.
     *
     * @return the stream
     */
    public static InputStream stream() {
        return System.in;
    }

    /**
     * All of standard input as UTF-8 text.
     *
     * @return the text
     * @throws IOException if it cannot be read or is larger than any file ospo reads
     */
    public static String text() throws IOException {
        byte[] bytes = stream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
