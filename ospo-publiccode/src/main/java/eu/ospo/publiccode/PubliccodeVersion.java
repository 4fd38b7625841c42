package eu.ospo.publiccode;

import java.util.List;

/** The {@code publiccodeYmlVersion} values this library accepts, as the reference validator does. */
public final class PubliccodeVersion {

    /** Every accepted value, in the reference validator's order. */
    public static final List<String> SUPPORTED = List.of(
            "0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5.0", "0.5", "0.7.0", "0.7");

    /** Values that name the latest version (no "not the latest" warning). */
    public static final List<String> LATEST = List.of("0", "0.7", "0.7.0");

    /** The version every 0.x file is validated against. */
    public static final String RULES = "0.7";

    /** What {@link PubliccodeWriter} writes (the maintainers recommend the bare major). */
    public static final String WRITTEN = "0";

    private PubliccodeVersion() {}

    /**
     * Whether the value is accepted.
     *
     * @param version the declared value
     * @return true if supported
     */
    public static boolean isSupported(String version) {
        return SUPPORTED.contains(version);
    }

    /**
     * Whether the value names the latest version.
     *
     * @param version the declared value
     * @return true if latest
     */
    public static boolean isLatest(String version) {
        return LATEST.contains(version);
    }
}
