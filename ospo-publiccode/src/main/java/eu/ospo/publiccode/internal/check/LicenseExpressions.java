package eu.ospo.publiccode.internal.check;

/**
 * SPDX license expressions, checked against the bundled SPDX licence and exception lists with the
 * reference's semantics: ids case-insensitive, deprecated ids accepted, {@code LicenseRef-…} and
 * {@code DocumentRef-…:LicenseRef-…} accepted, {@code +}, {@code WITH <exception>}, {@code AND},
 * {@code OR} (operators in any case), parentheses. Thread-safe; load once.
 */
public final class LicenseExpressions {

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static LicenseExpressions instance() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Whether the expression is valid.
     *
     * @param expression for example {@code MIT OR Apache-2.0}
     * @return true if valid
     */
    public boolean isValid(String expression) {
        throw new UnsupportedOperationException("TODO");
    }
}
