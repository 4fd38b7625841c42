package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.net.AddressPolicy;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The special-purpose IPv4 and IPv6 ranges (IANA's special-purpose address registries, RFC 6890 and
 * successors) that the online checks never connect to. IPv6 is allowed only inside the global
 * unicast block {@code 2000::/3}; IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64, 6to4)
 * are judged by that IPv4 address. Thread-safe, stateless.
 */
public final class SpecialAddresses {

    /**
     * A blocked range.
     *
     * @param cidr its CIDR notation
     * @param description what it is, for messages ({@code a loopback address})
     * @param loopback whether a connection to it reaches this machine's own loopback interface
     */
    public record Range(String cidr, String description, boolean loopback) {}

    private record Block(byte[] prefix, int bits, Range range) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> IPV4 = List.of(
            v4("0.0.0.0/8", "a 'this network' address"),
            v4("10.0.0.0/8", "a private address"),
            v4("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            v4("127.0.0.0/8", "a loopback address"),
            v4("169.254.0.0/16", "a link-local address"),
            v4("172.16.0.0/12", "a private address"),
            v4("192.0.0.0/24", "an IETF protocol assignment"),
            v4("192.0.2.0/24", "a documentation address"),
            v4("192.88.99.0/24", "a deprecated 6to4 relay address"),
            v4("192.168.0.0/16", "a private address"),
            v4("198.18.0.0/15", "a benchmarking address"),
            v4("198.51.100.0/24", "a documentation address"),
            v4("203.0.113.0/24", "a documentation address"),
            v4("224.0.0.0/4", "a multicast address"),
            v4("240.0.0.0/4", "a reserved or broadcast address"));

    private static final List<Block> IPV6 = List.of(
            v6("::1/128", "a loopback address"),
            v6("::/128", "the unspecified address"),
            v6("::/96", "a deprecated IPv4-compatible address"),
            v6("64:ff9b:1::/48", "a local-use NAT64 address"),
            v6("100::/64", "a discard-only address"),
            v6("2001::/23", "an IETF protocol assignment (Teredo, benchmarking, ORCHID, ...)"),
            v6("2001:db8::/32", "a documentation address"),
            v6("3fff::/20", "a documentation address"),
            v6("5f00::/16", "a segment-routing address"),
            v6("fc00::/7", "a unique-local address"),
            v6("fe80::/10", "a link-local address"),
            v6("fec0::/10", "a deprecated site-local address"),
            v6("ff00::/8", "a multicast address"));

    private static final Block GLOBAL_UNICAST = v6("2000::/3", "global unicast");
    private static final Block MAPPED = v6("::ffff:0:0/96", "IPv4-mapped");
    private static final Block NAT64 = v6("64:ff9b::/96", "NAT64");
    private static final Block SIX_TO_FOUR = v6("2002::/16", "6to4");

    private SpecialAddresses() {}

    /**
     * Why an address must not be connected to, or empty when it is a public unicast address.
     *
     * @param address the address (4 or 16 bytes)
     * @return the range it falls in, if any
     */
    public static Optional<Range> special(InetAddress address) {
        return special(address.getAddress());
    }

    /**
     * Whether the policy allows connecting to the address.
     *
     * @param policy the policy
     * @param address the address
     * @return the reason it is refused, or empty when allowed
     */
    public static Optional<Range> refused(AddressPolicy policy, InetAddress address) {
        Optional<Range> range = special(address);
        if (policy == AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS
                && range.map(Range::loopback).orElse(false)) {
            return Optional.empty();
        }
        return range;
    }

    static Optional<Range> special(byte[] address) {
        if (address.length == 4) {
            return first(IPV4, address);
        }
        if (MAPPED.contains(address)) {
            // connected to as the IPv4 address itself
            return embedded(address, 12, "an IPv4-mapped form of ", true);
        }
        if (NAT64.contains(address)) {
            return embedded(address, 12, "a NAT64 form of ", false);
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded(address, 2, "a 6to4 form of ", false);
        }
        Optional<Range> range = first(IPV6, address);
        if (range.isPresent() || GLOBAL_UNICAST.contains(address)) {
            return range;
        }
        return Optional.of(new Range("outside 2000::/3", "not a global unicast address", false));
    }

    private static Optional<Range> embedded(byte[] address, int offset, String form, boolean sameMachine) {
        byte[] v4 = {address[offset], address[offset + 1], address[offset + 2], address[offset + 3]};
        return first(IPV4, v4).map(r -> new Range(r.cidr(), form + r.description(), sameMachine && r.loopback()));
    }

    private static Optional<Range> first(List<Block> blocks, byte[] address) {
        for (Block block : blocks) {
            if (block.contains(address)) {
                return Optional.of(block.range());
            }
        }
        return Optional.empty();
    }

    private static Block v4(String cidr, String description) {
        int slash = cidr.indexOf('/');
        String[] parts = cidr.substring(0, slash).split("\\.");
        byte[] prefix = new byte[4];
        for (int i = 0; i < 4; i++) {
            prefix[i] = (byte) Integer.parseInt(parts[i]);
        }
        return new Block(
                prefix,
                Integer.parseInt(cidr.substring(slash + 1)),
                new Range(cidr, description, cidr.equals("127.0.0.0/8")));
    }

    private static Block v6(String cidr, String description) {
        int slash = cidr.indexOf('/');
        byte[] prefix = UrlHost.ipv6(cidr.substring(0, slash))
                .orElseThrow(() -> new IllegalStateException("bad range " + cidr));
        return new Block(
                prefix,
                Integer.parseInt(cidr.substring(slash + 1)),
                new Range(cidr, description, cidr.equals("::1/128")));
    }
}
