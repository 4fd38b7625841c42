package eu.ospo.publiccode.internal.check;

import java.util.regex.Pattern;

/** MIME type check for {@code inputTypes}/{@code outputTypes} (publiccode-spec.md 3.8). */
public final class MimeTypes {
    private static final String TYPE = "[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}";
    private static final String SUBTYPE = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";
    // matches() anchors at both ends; unlike '$' it does not let a final line break through
    private static final Pattern MIME_TYPE = Pattern.compile(" *" + TYPE + "/" + SUBTYPE + " *");

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
        return MIME_TYPE.matcher(text).matches();
    }
}
