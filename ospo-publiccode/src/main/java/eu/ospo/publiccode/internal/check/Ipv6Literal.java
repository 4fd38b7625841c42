package eu.ospo.publiccode.internal.check;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The text inside the brackets of a URL's IP literal (RFC 3986 3.2.2, RFC 6874): an IPv6 address
 * in the usual notation (up to eight groups of 1-4 hex digits, at most one {@code ::}, optionally
 * ending in a dotted IPv4 address), then optionally {@code %25} and a zone identifier made of
 * unreserved characters and {@code %XX} escapes. IPv4 alone is not an IP literal.
 */
public final class Ipv6Literal {
    private static final String ZONE_INTRODUCER = "%25";

    private Ipv6Literal() {}

    /**
     * The 16 bytes of an IPv6 address written without brackets and without a zone ({@code ::1},
     * {@code ::ffff:127.0.0.1}).
     *
     * @param text the address
     * @return its bytes, or empty when the text is not an IPv6 address
     */
    public static Optional<byte[]> address(String text) {
        if (!isAddress(text)) {
            return Optional.empty();
        }
        try {
            // a valid literal: parsed by the JDK without any name lookup
            byte[] bytes = InetAddress.getByName("[" + text + "]").getAddress();
            if (bytes.length == 4) { // the JDK turns IPv4-mapped addresses into IPv4 ones
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xFF;
                mapped[11] = (byte) 0xFF;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return Optional.of(mapped);
            }
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static boolean isValid(String literal) {
        int zone = literal.indexOf(ZONE_INTRODUCER);
        if (zone < 0) {
            return isAddress(literal);
        }
        return isAddress(literal.substring(0, zone)) && isZone(literal.substring(zone + ZONE_INTRODUCER.length()));
    }

    private static boolean isAddress(String text) {
        int compressed = text.indexOf("::");
        if (compressed >= 0 && text.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String[] head = pieces(compressed < 0 ? text : text.substring(0, compressed));
        String[] tail = compressed < 0 ? new String[0] : pieces(text.substring(compressed + 2));
        if (head == null || tail == null) {
            return false;
        }
        int groups = 0;
        int total = head.length + tail.length;
        for (int i = 0; i < total; i++) {
            String piece = i < head.length ? head[i] : tail[i - head.length];
            if (i == total - 1 && piece.indexOf('.') >= 0) {
                if (!isIpv4(piece)) {
                    return false;
                }
                groups += 2;
            } else if (isHexGroup(piece)) {
                groups++;
            } else {
                return false;
            }
        }
        return compressed < 0 ? groups == 8 : groups <= 7;
    }

    /** The colon-separated pieces, none for empty text, or null if a piece is empty. */
    private static String[] pieces(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        String[] pieces = text.split(":", -1);
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                return null;
            }
        }
        return pieces;
    }

    private static boolean isHexGroup(String piece) {
        if (piece.length() > 4) {
            return false;
        }
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** Four decimal octets 0-255 without leading zeros (Go's netip rejects those). */
    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < octet.length(); i++) {
                if (octet.charAt(i) < '0' || octet.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZone(String zone) {
        if (zone.isEmpty()) {
            return false;
        }
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            if (c == '%') {
                if (i + 2 >= zone.length()
                        || Character.digit(zone.charAt(i + 1), 16) < 0
                        || Character.digit(zone.charAt(i + 2), 16) < 0
                        || zone.charAt(i + 1) > 0x7f
                        || zone.charAt(i + 2) > 0x7f) {
                    return false;
                }
                i += 2;
            } else if (!((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
