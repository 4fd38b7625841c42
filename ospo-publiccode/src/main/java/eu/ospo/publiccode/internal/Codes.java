package eu.ospo.publiccode.internal;

/** The problem codes of publiccode.yml (see {@code docs/problem-codes.md}). */
final class Codes {
    static final String VERSION_UNSUPPORTED = "version.unsupported";
    static final String VERSION_NOT_LATEST = "version.not-latest";
    static final String REQUIRED_WHEN = "field.required-when";
    static final String EXCLUDED_UNLESS = "field.excluded-unless";
    static final String TOO_LONG = "value.too-long";
    static final String TOO_SHORT = "value.too-short";
    static final String DATE = "value.date";
    static final String URL = "value.url";
    static final String HTTP_URL = "value.http-url";
    static final String URI = "value.uri";
    static final String IPA_CODE = "value.ipa-code";
    static final String ALIAS = "value.alias";
    static final String EMAIL = "value.email";
    static final String MIME_TYPE = "value.mime-type";
    static final String LICENSE = "value.license";
    static final String LANGUAGE = "value.language";
    static final String COUNTRY = "value.country";
    static final String COUNTRY_LOWERCASE = "value.country-lowercase";
    static final String CATEGORY = "value.category";
    static final String SCOPE = "value.scope";
    static final String VIDEO = "value.video";
    static final String FILE_ABSOLUTE = "file.absolute-path";
    static final String FILE_URL = "file.file-url";
    static final String FILE_EXTENSION = "file.extension";
    static final String FILE_MISSING = "file.missing";
    static final String FILE_NOT_PNG = "file.not-png";
    static final String FILE_OUTSIDE_BASE = "file.outside-base";
    static final String SECTION_DUPLICATE = "section.duplicate";

    private Codes() {}
}
