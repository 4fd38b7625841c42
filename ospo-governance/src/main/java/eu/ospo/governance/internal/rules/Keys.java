package eu.ospo.governance.internal.rules;

/** Key paths of governance.yml and publiccode.yml in the YAML layer's dotted form. */
public final class Keys {

    private Keys() {}

    /**
     * {@code organisations[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String organisation(int index) {
        return "organisations[" + index + "]";
    }

    /**
     * {@code projects[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String project(int index) {
        return "projects[" + index + "]";
    }

    /**
     * {@code agreements[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String agreement(int index) {
        return "agreements[" + index + "]";
    }

    /**
     * {@code contacts[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String contact(int index) {
        return "contacts[" + index + "]";
    }

    /**
     * {@code decisionMaking.bodies[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String body(int index) {
        return "decisionMaking.bodies[" + index + "]";
    }

    /**
     * {@code community.exemptions[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String exemption(int index) {
        return "community.exemptions[" + index + "]";
    }

    /**
     * {@code teams[i]}.
     *
     * @param index the position
     * @return the key path
     */
    public static String team(int index) {
        return "teams[" + index + "]";
    }
}
