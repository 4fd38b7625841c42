package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.internal.check.Ipv6Literal;
import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The host of a URL, read the way browsers read it (the WHATWG URL standard's host parser), so that
 * every spelling of an IP address is recognised here and never handed to DNS: {@code [::1]}, {@code
 * 127.0.0.1}, {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}. A host whose last
 * label is a number must be such an IPv4 address, else it is invalid. Anything else is a domain name,
 * converted to lower-case ASCII (punycode).
 *
 * @param name the ASCII name for a domain name, the canonical text for an address
 * @param address the address, for an IP literal
 */
public record UrlHost(String name, Optional<InetAddress> address) {

    /**
     * Reads a host as written in a URL (IPv6 in brackets).
     *
     * @param text the host
     * @return the host
     * @throws IllegalArgumentException if it is not a valid host
     */
    public static UrlHost parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty host");
        }
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) {
                throw new IllegalArgumentException("unclosed IPv6 literal");
            }
            byte[] bytes = ipv6(text.substring(1, text.length() - 1))
                    .orElseThrow(() -> new IllegalArgumentException("invalid IPv6 address " + text));
            return literal(bytes);
        }
        String ascii = toAscii(text);
        Optional<byte[]> ipv4 = ipv4(ascii);
        return ipv4.map(UrlHost::literal).orElseGet(() -> new UrlHost(ascii, Optional.empty()));
    }

    /** Whether this host is an IP address rather than a name. */
    boolean isLiteral() {
        return address.isPresent();
    }

    /**
     * The bytes of an IPv6 address written without brackets; zones are refused.
     *
     * @param text the address
     * @return its 16 bytes, or empty
     */
    static Optional<byte[]> ipv6(String text) {
        return Ipv6Literal.address(text);
    }

    /**
     * An IPv4 address in any of the spellings the WHATWG host parser (and {@code inet_aton}) accept:
     * one to four dot-separated numbers, each decimal, octal (leading {@code 0}) or hexadecimal
     * ({@code 0x}), the last one filling the remaining bytes; one trailing dot is allowed.
     *
     * @param host a lower-case ASCII host
     * @return the four bytes, or empty when the host is a name (its last label is not a number)
     * @throws IllegalArgumentException when the last label is a number but the whole is no address
     */
    static Optional<byte[]> ipv4(String host) {
        String[] labels = host.split("\\.", -1);
        int count = labels.length;
        if (count > 1 && labels[count - 1].isEmpty()) {
            count--;
        }
        if (count == 0 || number(labels[count - 1]) < 0 && !looksNumeric(labels[count - 1])) {
            return Optional.empty();
        }
        if (count > 4) {
            throw new IllegalArgumentException("invalid IPv4 address " + host);
        }
        long[] parts = new long[count];
        for (int i = 0; i < count; i++) {
            parts[i] = number(labels[i]);
            if (parts[i] < 0 || (i < count - 1 && parts[i] > 255)) {
                throw new IllegalArgumentException("invalid IPv4 address " + host);
            }
        }
        long last = parts[count - 1];
        if (last >= 1L << (8 * (5 - count))) {
            throw new IllegalArgumentException("invalid IPv4 address " + host);
        }
        long value = last;
        for (int i = 0; i < count - 1; i++) {
            value |= parts[i] << (8 * (3 - i));
        }
        return Optional.of(
                new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** A label that a browser takes for a number: decimal digits, or {@code 0x} and hex digits. */
    private static boolean looksNumeric(String label) {
        if (label.isEmpty()) {
            return false;
        }
        if (label.startsWith("0x")) {
            return label.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        }
        return label.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The value of a numeric label, or -1 when it is not one (or too large to matter). */
    private static long number(String label) {
        if (label.isEmpty()) {
            return -1;
        }
        int radix = 10;
        String digits = label;
        if (label.startsWith("0x")) {
            radix = 16;
            digits = label.substring(2);
            if (digits.isEmpty()) {
                return 0;
            }
        } else if (label.length() > 1 && label.startsWith("0")) {
            radix = 8;
            digits = label.substring(1);
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 12) {
            return Long.MAX_VALUE >> 8; // larger than any part can be; the caller rejects it
        }
        long value = 0;
        for (int i = 0; i < significant.length(); i++) {
            int digit = Character.digit(significant.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value;
    }

    private static String toAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || "#%/:<>?@[\\]^|".indexOf(c) >= 0) {
                throw new IllegalArgumentException("invalid character in host " + text);
            }
        }
        try {
            String ascii = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty()) {
                throw new IllegalArgumentException("empty host");
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid host " + text, e);
        }
    }

    private static UrlHost literal(byte[] bytes) {
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            // the JDK turns IPv4-mapped bytes into an IPv4 address, which is what a connection uses
            String name =
                    address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            return new UrlHost(name, Optional.of(address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes expected", e);
        }
    }
}
