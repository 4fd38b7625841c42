package eu.ospo.publiccode.net;

/**
 * Which addresses the online checks may connect to. The policy is applied to every address a host
 * name resolves to and to every redirect, right before connecting.
 */
public enum AddressPolicy {
    /**
     * Only globally reachable unicast addresses (the default). Refused: loopback, unspecified,
     * private (RFC 1918), shared (CGNAT, 100.64.0.0/10), link-local, unique-local, site-local,
     * multicast, broadcast, documentation, benchmarking, reserved and other special-purpose ranges
     * of IPv4 and IPv6, and IPv6 forms that embed such an IPv4 address (IPv4-mapped, IPv4-compatible,
     * NAT64, 6to4).
     */
    PUBLIC_ONLY,

    /**
     * {@link #PUBLIC_ONLY} plus the loopback addresses ({@code 127.0.0.0/8}, {@code ::1}). For tests
     * that run a server on the local machine; never for untrusted input in production, since it lets
     * a file make requests to services on the machine that validates it.
     */
    PUBLIC_AND_LOOPBACK_FOR_TESTS
}
