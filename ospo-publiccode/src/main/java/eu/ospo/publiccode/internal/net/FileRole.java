package eu.ospo.publiccode.internal.net;

import java.util.List;

/** What a file reference is for, which decides the extensions allowed and the message shape. */
public enum FileRole {
    /** {@code logo} and {@code monochromeLogo}. */
    LOGO(List.of(".svg", ".svgz", ".png")),
    /** {@code description.*.screenshots[i]}. */
    SCREENSHOT(List.of(".jpg", ".png")),
    /** {@code legal.authorsFile}: any file. */
    AUTHORS(List.of());

    private final List<String> extensions;

    FileRole(List<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * The allowed extensions, lower-case with the dot; empty when any is allowed.
     *
     * @return the extensions
     */
    public List<String> extensions() {
        return extensions;
    }
}
