package eu.ospo.publiccode.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.publiccode.net.AddressPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialAddressesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.0.0.0|'this network'",
                "0.255.1.2|'this network'",
                "10.0.0.1|private",
                "10.255.255.255|private",
                "100.64.0.1|carrier-grade NAT",
                "100.127.255.254|carrier-grade NAT",
                "127.0.0.1|loopback",
                "127.255.0.9|loopback",
                "169.254.169.254|link-local",
                "172.16.0.1|private",
                "172.31.255.255|private",
                "192.0.0.8|IETF protocol",
                "192.0.2.2|documentation",
                "192.88.99.1|6to4 relay",
                "192.168.1.1|private",
                "198.18.0.1|benchmarking",
                "198.19.255.255|benchmarking",
                "198.51.100.7|documentation",
                "203.0.113.9|documentation",
                "224.0.0.1|multicast",
                "239.255.255.250|multicast",
                "240.0.0.1|reserved",
                "255.255.255.255|broadcast",
                "::|unspecified",
                "::1|loopback",
                "::127.0.0.1|IPv4-compatible",
                "::ffff:127.0.0.1|loopback",
                "::ffff:7f00:1|loopback",
                "0:0:0:0:0:ffff:a9fe:a9fe|link-local",
                "::ffff:10.1.2.3|private",
                "64:ff9b::7f00:1|NAT64 form of a loopback",
                "64:ff9b::a00:1|NAT64 form of a private",
                "64:ff9b:1::1|local-use NAT64",
                "100::1|discard-only",
                "2001::1|IETF protocol",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2|IETF protocol",
                "2001:db8::1|documentation",
                "2002:7f00:1::1|6to4 form of a loopback",
                "2002:c0a8:101::1|6to4 form of a private",
                "3fff::1|documentation",
                "5f00::1|segment-routing",
                "fc00::1|unique-local",
                "fd12:3456::1|unique-local",
                "fe80::1|link-local",
                "febf::1|link-local",
                "fec0::1|site-local",
                "ff02::1|multicast",
                "4000::1|not a global unicast",
                "::2|IPv4-compatible"
            })
    void refusesSpecialPurposeAddresses(String text, String why) throws UnknownHostException {
        InetAddress address = address(text);
        assertThat(SpecialAddresses.special(address))
                .as(text)
                .hasValueSatisfying(range -> assertThat(range.description()).contains(why));
        assertThat(SpecialAddresses.refused(AddressPolicy.PUBLIC_ONLY, address)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.1.1.1",
                "8.8.8.8",
                "9.255.255.255",
                "11.0.0.0",
                "100.63.255.255",
                "100.128.0.0",
                "172.15.255.255",
                "172.32.0.0",
                "192.0.1.1",
                "192.0.3.1",
                "192.167.255.255",
                "192.169.0.0",
                "198.17.255.255",
                "198.20.0.0",
                "223.255.255.255",
                "2a00:1450:4007:80e::200e",
                "2606:4700::1111",
                "2001:200::1",
                "::ffff:8.8.8.8",
                "64:ff9b::808:808",
                "2002:808:808::1"
            })
    void allowsPublicAddresses(String text) throws UnknownHostException {
        assertThat(SpecialAddresses.special(address(text))).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"})
    void theTestPolicyWidensOnlyToLoopback(String text) throws UnknownHostException {
        InetAddress address = address(text);
        assertThat(SpecialAddresses.refused(AddressPolicy.PUBLIC_ONLY, address)).isPresent();
        assertThat(SpecialAddresses.refused(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS, address))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "::", "fe80::1", "0.0.0.0", "64:ff9b::7f00:1"})
    void theTestPolicyStillRefusesEverythingElse(String text) throws UnknownHostException {
        assertThat(SpecialAddresses.refused(AddressPolicy.PUBLIC_AND_LOOPBACK_FOR_TESTS, address(text)))
                .isPresent();
    }

    private static InetAddress address(String text) throws UnknownHostException {
        byte[] bytes = text.contains(":")
                ? UrlHost.ipv6(text).orElseThrow()
                : UrlHost.ipv4(text).orElseThrow();
        return InetAddress.getByAddress(bytes);
    }
}
