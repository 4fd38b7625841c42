package eu.ospo.governance.fuzz;

/**
 * Whether the report writers escape what they echo from the files (issue 6 items 4 and 5, being
 * landed by another change): the text and Markdown invariants of the fuzz targets run once they do.
 * Until then they are skipped, not failed, so that the other invariants land first. To be removed
 * with its two uses when the escaping is on main.
 */
final class PendingEscaping {

    private PendingEscaping() {}

    /** The Markdown writer's escaping class and the streaming JSON writer of the same change exist. */
    static boolean landed() {
        return present("eu.ospo.governance.internal.report.MarkdownText")
                && present("eu.ospo.governance.internal.report.JsonOutput");
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, PendingEscaping.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
