package eu.ospo.publiccode.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

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
 * <p>See {@link LicenseExpressionParser} for the grammar. The id lists are loaded from the
 * precomputed tables {@value #TABLES}, generated at build time from the bundled {@value
 * #LICENCES_SOURCE} and {@value #EXCEPTIONS_SOURCE} by {@link CompactRegistries}.
 */
public final class LicenseExpressions {
    static final String LICENCES_SOURCE = "spdx-licenses.tsv";
    static final String EXCEPTIONS_SOURCE = "spdx-exceptions.tsv";
    static final String TABLES = "spdx.tables";

    /** The longest expression accepted, in UTF-16 units. */
    static final int MAX_LENGTH = 4096;

    private static final String ONLY = "-only";
    private static final String OR_LATER = "-or-later";

    private final KeySet licences;
    private final KeySet activeLicences;
    private final KeySet exceptions;
    private final KeySet approved;

    private LicenseExpressions(KeySet licences, KeySet activeLicences, KeySet exceptions, KeySet approved) {
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

    /** Reads the bundled TSV files (build time and tests). */
    static LicenseExpressions fromSources() {
        return new LicenseExpressions(
                lowerCase(LICENCES_SOURCE, row -> true),
                lowerCase(LICENCES_SOURCE, row -> "false".equals(row[1])),
                lowerCase(EXCEPTIONS_SOURCE, row -> "false".equals(row[1])),
                lowerCase(LICENCES_SOURCE, row -> "true".equals(row[2]) || (row.length > 3 && "true".equals(row[3]))));
    }

    private static KeySet lowerCase(String resource, Predicate<String[]> filter) {
        List<String> ids = new ArrayList<>();
        for (String id : TsvColumn.read(resource, 0, filter)) {
            ids.add(AsciiCase.toLower(id));
        }
        return KeySet.of(ids);
    }

    static LicenseExpressions fromTables(CompactTables tables) {
        return new LicenseExpressions(
                tables.set("licences"), tables.set("active"), tables.set("exceptions"), tables.set("approved"));
    }

    void writeTo(CompactTables.Writer writer) {
        writer.set("licences", licences)
                .set("active", activeLicences)
                .set("exceptions", exceptions)
                .set("approved", approved);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LicenseExpressions)) {
            return false;
        }
        LicenseExpressions that = (LicenseExpressions) other;
        return licences.equals(that.licences)
                && activeLicences.equals(that.activeLicences)
                && exceptions.equals(that.exceptions)
                && approved.equals(that.approved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(licences, activeLicences, exceptions, approved);
    }

    private static final class Holder {
        static final LicenseExpressions INSTANCE = fromTables(CompactTables.load(TABLES));
    }
}
