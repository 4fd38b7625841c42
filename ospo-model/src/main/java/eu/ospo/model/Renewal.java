package eu.ospo.model;

/** What happens at the end of an agreement's term ({@code agreements[].renewal}). */
public enum Renewal implements Keyword {
    /** {@code none}: the agreement ends. */
    NONE("none"),
    /** {@code manual}: the parties may renew it explicitly. */
    MANUAL("manual"),
    /** {@code automatic}: it renews unless notice is given. */
    AUTOMATIC("automatic");

    private final String value;

    Renewal(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
