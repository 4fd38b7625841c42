package eu.ospo.publiccode.internal.check;

/** MIME type check for {@code inputTypes}/{@code outputTypes} (publiccode-spec.md 3.8). */
public final class MimeTypes {
    private MimeTypes() {}

    /**
     * Whether the value is {@code type/subtype}: each part starts with a letter or digit, at most 127
     * characters; type characters {@code [A-Za-z0-9!#$&^_-]}, subtype also {@code .} and {@code +};
     * optional surrounding spaces; no parameters.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isValid(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
