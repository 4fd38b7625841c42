package eu.ospo.governance.internal.read;

/**
 * The problem codes only governance.yml reports (the shared ones are on {@code ProblemList} and
 * {@code YamlLoader}). Listed in {@code docs/problem-codes.md}.
 */
public final class Codes {

    /** {@code governanceYmlVersion} is not a supported value. */
    public static final String VERSION_UNSUPPORTED = "version.unsupported";
    /** A key the declared {@code governanceYmlVersion} does not have yet (a 0.2 key in a 0.1 file). */
    public static final String FIELD_VERSION = "field.version";
    /** A key is required because of another key's value. */
    public static final String REQUIRED_WHEN = "field.required-when";
    /** A key must be absent because of another key's value. */
    public static final String EXCLUDED_UNLESS = "field.excluded-unless";
    /** An optional text is empty or only white space. */
    public static final String BLANK = "value.blank";
    /** Not a real {@code YYYY-MM-DD} date. */
    public static final String DATE = "value.date";
    /** Not an absolute URI or RFC 2141 URN. */
    public static final String URI = "value.uri";
    /** Not a URL. */
    public static final String URL = "value.url";
    /** Not a bare e-mail address. */
    public static final String EMAIL = "value.email";
    /** Not an upper-case ISO 3166-1 alpha-2 code. */
    public static final String COUNTRY = "value.country";
    /** An iPA code that is not in the Italian public-administration index. */
    public static final String IPA_CODE = "value.ipa-code";
    /** An id that is not a slug. */
    public static final String SLUG = "value.slug";
    /** An identifier that fails its scheme's check. */
    public static final String IDENTIFIER = "value.identifier";
    /** A percentage outside 0–100. */
    public static final String PERCENTAGE = "value.percentage";
    /** A number outside the range its key allows. */
    public static final String RANGE = "value.range";
    /** A reporting period label that is not {@code YYYY}, {@code YYYY-Qn} or {@code YYYY-MM}. */
    public static final String PERIOD = "value.period";
    /** A reference to an id that no item declares. */
    public static final String REFERENCE_UNKNOWN = "reference.unknown";
    /**
     * A reference that resolves but contradicts the rest of the file: a community-time report naming a
     * team of another organisation, or a coder who was not a member of the team in the period.
     */
    public static final String REFERENCE_MISMATCH = "reference.mismatch";
    /** Two items of one list have the same id. */
    public static final String ID_DUPLICATE = "id.duplicate";
    /** An end date before its start date. */
    public static final String END_BEFORE_START = "range.end-before-start";
    /** Two membership periods of one contact in one team, in the same role, that share days. */
    public static final String RANGE_OVERLAP = "range.overlap";
    /** A notice period longer than the agreement's term. */
    public static final String NOTICE_PERIOD = "range.notice-period";

    /**
     * The codes of the semantic problems: the file was read into the model's structure and the model
     * holds the values as written, but they break a rule of the format (an identifier failing its
     * check, a country, URI, URL, e-mail address or slug in the wrong form, a percentage over 100, a
     * reference to an undeclared id or to a team that does not fit, a repeated id, an end before its
     * start, overlapping memberships, a notice period longer than the term). Errors with these codes
     * make the file invalid but do not stop the rules: {@code GovernanceResult#governanceAsRead()}
     * carries the model. Every other error is structural (bad YAML, wrong types, missing or unknown
     * keys, values that cannot be read into the model: dates, vocabulary terms, numbers out of
     * range, an unsupported version) and leaves no model. Listed in {@code docs/governance-yml.md}.
     */
    public static final java.util.Set<String> SEMANTIC = java.util.Set.of(
            IDENTIFIER,
            IPA_CODE,
            COUNTRY,
            URI,
            URL,
            EMAIL,
            SLUG,
            PERCENTAGE,
            REFERENCE_UNKNOWN,
            REFERENCE_MISMATCH,
            ID_DUPLICATE,
            END_BEFORE_START,
            RANGE_OVERLAP,
            NOTICE_PERIOD);

    private Codes() {}
}
