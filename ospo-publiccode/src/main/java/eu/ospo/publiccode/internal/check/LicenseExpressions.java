package eu.ospo.publiccode.internal.check;

import java.util.HashSet;
import java.util.Set;

/**
 * SPDX license expressions, checked against the bundled SPDX licence and exception lists with the
 * reference's semantics: ids case-insensitive, deprecated ids accepted, {@code LicenseRef-…} and
 * {@code DocumentRef-…:LicenseRef-…} accepted, {@code +}, {@code WITH <exception>}, {@code AND},
 * {@code OR} (operators in upper or lower case), parentheses. Thread-safe; load once.
 *
 * <p>Details, where the reference (go-spdx v2.7.0) is the model unless noted:
 *
 * <ul>
 *   <li>Licence ids: the 729 SPDX ids, active and deprecated, compared case-insensitively. Like
 *       go-spdx, an active id followed by {@code -only} or {@code -or-later} is accepted too
 *       ({@code Apache-2.0-only}).
 *   <li>Exceptions: the 84 active exception ids; the deprecated {@code Nokia-Qt-exception-1.1} is
 *       rejected, as go-spdx does.
 *   <li>{@code AND} binds tighter than {@code OR}; {@code WITH} follows a licence id or a {@code
 *       LicenseRef-} (the latter as the SPDX spec allows; go-spdx rejects it).
 *   <li>Lower-case {@code and}/{@code or}/{@code with} are accepted (the SPDX spec allows them;
 *       go-spdx does not). Mixed case is not.
 *   <li>Only spaces separate tokens; a tab or line break makes the expression invalid (go-spdx).
 *   <li>Expressions longer than 4096 characters or nesting parentheses deeper than 64
 *       are rejected (our limits, against hostile input).
 * </ul>
 *
 * <p>See {@link LicenseExpressionParser} for the grammar.
 */
public final class LicenseExpressions {
    /** The longest expression accepted, in UTF-16 units. */
    static final int MAX_LENGTH = 4096;

    private static final String ONLY = "-only";
    private static final String OR_LATER = "-or-later";

    private final Set<String> licences;
    private final Set<String> activeLicences;
    private final Set<String> exceptions;
    private final Set<String> approved;

    private LicenseExpressions(
            Set<String> licences, Set<String> activeLicences, Set<String> exceptions, Set<String> approved) {
        this.licences = licences;
        this.activeLicences = activeLicences;
        this.exceptions = exceptions;
        this.approved = approved;
    }

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static LicenseExpressions instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the expression is valid.
     *
     * @param expression for example {@code MIT OR Apache-2.0}
     * @return true if valid
     */
    public boolean isValid(String expression) {
        if (expression.length() > MAX_LENGTH) {
            return false;
        }
        return LicenseExpressionParser.isValid(expression, this::isLicenceId, this::isExceptionId);
    }

    /**
     * Whether a licence id is OSI-approved or marked free (libre) by the FSF in the SPDX list.
     *
     * @param id a licence id, in any case ({@code -only}/{@code -or-later} forms count as their base)
     * @return true when approved by either
     */
    public boolean isOsiOrFsfApproved(String id) {
        String key = AsciiCase.toLower(id);
        if (approved.contains(key)) {
            return true;
        }
        for (String suffix : new String[] {ONLY, OR_LATER}) {
            if (key.endsWith(suffix) && approved.contains(key.substring(0, key.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean isLicenceId(String id) {
        String key = AsciiCase.toLower(id);
        if (licences.contains(key)) {
            return true;
        }
        if (key.endsWith(ONLY)) {
            return activeLicences.contains(key.substring(0, key.length() - ONLY.length()));
        }
        if (key.endsWith(OR_LATER)) {
            return activeLicences.contains(key.substring(0, key.length() - OR_LATER.length()));
        }
        return false;
    }

    private boolean isExceptionId(String id) {
        return exceptions.contains(AsciiCase.toLower(id));
    }

    /** How many licence ids are known, active and deprecated. */
    int licenceCount() {
        return licences.size();
    }

    /** How many exception ids are accepted after {@code WITH}. */
    int exceptionCount() {
        return exceptions.size();
    }

    private static final class Holder {
        static final LicenseExpressions INSTANCE = new LicenseExpressions(
                lowerCase(TsvColumn.read("spdx-licenses.tsv", 0)),
                lowerCase(TsvColumn.read("spdx-licenses.tsv", 0, row -> "false".equals(row[1]))),
                lowerCase(TsvColumn.read("spdx-exceptions.tsv", 0, row -> "false".equals(row[1]))),
                lowerCase(TsvColumn.read(
                        "spdx-licenses.tsv",
                        0,
                        row -> "true".equals(row[2]) || (row.length > 3 && "true".equals(row[3])))));

        private static Set<String> lowerCase(Iterable<String> ids) {
            Set<String> set = new HashSet<>();
            for (String id : ids) {
                set.add(AsciiCase.toLower(id));
            }
            return Set.copyOf(set);
        }
    }
}
