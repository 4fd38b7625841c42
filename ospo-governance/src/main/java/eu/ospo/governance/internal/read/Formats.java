package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.publiccode.internal.check.CountryCodes;
import eu.ospo.publiccode.internal.check.EmailAddresses;
import eu.ospo.publiccode.internal.check.IpaCodes;
import eu.ospo.publiccode.internal.check.Urls;
import eu.ospo.yaml.internal.ProblemList;
import java.util.Optional;

/**
 * The format checks of governance.yml values, shared with publiccode.yml's validator: URIs, URLs,
 * e-mail addresses, ISO 3166-1 countries and Italian iPA codes.
 */
final class Formats {

    private Formats() {}

    /**
     * An organisation or community URI: an absolute URI or RFC 2141 URN; an {@code urn:x-italian-pa:}
     * URN must name a code of the iPA index. Like every format check here, a value that fails is
     * reported and kept as written (a semantic problem).
     */
    static Optional<String> uri(Fields fields, String name, Presence presence) {
        Optional<String> uri =
                fields.checked(name, presence, Urls::isUri, Codes.URI, "must be an absolute URI or a URN");
        if (uri.isPresent()) {
            Optional<String> code = Urls.italianPaCode(uri.get());
            if (code.isPresent() && !IpaCodes.instance().isKnown(code.get())) {
                fields.error(
                        Codes.IPA_CODE,
                        name,
                        name + " names an unknown Italian public-administration (iPA) code: "
                                + ProblemList.echo(code.get()),
                        "value",
                        code.get());
            }
        }
        return uri;
    }

    /** A URL (such as a repository or a document). */
    static Optional<String> url(Fields fields, String name, Presence presence) {
        return fields.checked(name, presence, Urls::isUrl, Codes.URL, "must be a valid URL");
    }

    /** A bare e-mail address. */
    static Optional<String> email(Fields fields, String name) {
        return fields.checked(
                name, Presence.OPTIONAL, EmailAddresses::isValid, Codes.EMAIL, "must be a valid e-mail address");
    }

    /** An upper-case ISO 3166-1 alpha-2 country code. */
    static Optional<String> country(Fields fields, String name) {
        return fields.checked(
                name,
                Presence.REQUIRED,
                Formats::isCountry,
                Codes.COUNTRY,
                "must be an upper-case ISO 3166-1 alpha-2 country code, such as NL or IT");
    }

    static boolean isCountry(String code) {
        return code.length() == 2
                && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && CountryCodes.instance().isKnown(code);
    }

    /** Whether an iPA code is in the index (compared case-insensitively). */
    static boolean isIpaCode(String code) {
        return IpaCodes.instance().isKnown(code);
    }
}
