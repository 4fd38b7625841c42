package eu.ospo.governance.internal.report;

/** The tool as reports name it. */
final class Tool {

    /** The tool name. */
    static final String NAME = "ospo";

    /** Where to read about the tool. */
    static final String INFORMATION_URI = "https://github.com/ospo-eu/ospo";

    private Tool() {}
}
