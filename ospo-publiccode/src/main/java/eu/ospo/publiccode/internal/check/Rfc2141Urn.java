package eu.ospo.publiccode.internal.check;

/**
 * RFC 2141 URN syntax: {@code urn:<NID>:<NSS>}, as go-playground's {@code urn_rfc2141} (go-urn)
 * checks it.
 *
 * <ul>
 *   <li>{@code urn} in any case.
 *   <li>NID: 1 to 32 letters, digits and hyphens, starting with a letter or digit, and not {@code
 *       urn} itself (RFC 2141 reserves it).
 *   <li>NSS: at least one character, each a letter, a digit, one of {@code ( ) + , - . : = @ ; $ _
 *       ! * '}, or a {@code %} escape. The RFC's reserved {@code / ? #} are not allowed unescaped
 *       (go-urn rejects them too). An escape must be {@code %} and two hex digits, as the RFC says;
 *       go-urn also lets any two letters or digits through ({@code %zz}).
 * </ul>
 */
final class Rfc2141Urn {
    private static final int MAX_NID = 32;

    private Rfc2141Urn() {}

    static boolean isValid(String text) {
        if (!AsciiCase.toLower(text).startsWith("urn:")) {
            return false;
        }
        int nidEnd = text.indexOf(':', 4);
        if (nidEnd < 0) {
            return false;
        }
        return isNid(text.substring(4, nidEnd)) && isNss(text.substring(nidEnd + 1));
    }

    private static boolean isNid(String nid) {
        if (nid.isEmpty() || nid.length() > MAX_NID || nid.charAt(0) == '-') {
            return false;
        }
        if (AsciiCase.toLower(nid).equals("urn")) {
            return false;
        }
        for (int i = 0; i < nid.length(); i++) {
            char c = nid.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNss(String nss) {
        if (nss.isEmpty()) {
            return false;
        }
        for (int i = 0; i < nss.length(); i++) {
            char c = nss.charAt(i);
            if (c == '%') {
                if (i + 2 >= nss.length() || !isHexDigit(nss.charAt(i + 1)) || !isHexDigit(nss.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isAsciiAlphanumeric(c) && "()+,-.:=@;$_!*'".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
