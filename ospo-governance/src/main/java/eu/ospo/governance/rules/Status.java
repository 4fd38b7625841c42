package eu.ospo.governance.rules;

import java.util.Locale;

/** The outcome of one rule on one subject. */
public enum Status {
    /** The rule holds. */
    PASS,
    /** The rule does not hold. */
    FAIL,
    /** The rule does not hold, but a valid exemption covers it. */
    EXEMPTED,
    /** The rule does not apply (for example, no publiccode.yml to compare with). */
    NOT_APPLICABLE;

    /**
     * The camel-case name used in reports: {@code pass}, {@code fail}, {@code exempted}, {@code
     * notApplicable}.
     *
     * @return the label
     */
    public String label() {
        return this == NOT_APPLICABLE ? "notApplicable" : name().toLowerCase(Locale.ROOT);
    }
}
