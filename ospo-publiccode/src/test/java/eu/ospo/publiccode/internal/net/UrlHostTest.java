package eu.ospo.publiccode.internal.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlHostTest {

    /** Every way to write an IP address that browsers and inet_aton accept is read as that address. */
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "0X7F000001, 127.0.0.1",
        "017700000001, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "0x7f.0.0.1, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0177.0.0.01, 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "0, 0.0.0.0",
        "0x, 0.0.0.0",
        "10.0.0.1, 10.0.0.1",
        "167772161, 10.0.0.1",
        "0xa9.0xfe.0xa9.0xfe, 169.254.169.254",
        "0251.0376.0251.0376, 169.254.169.254",
        "2852039166, 169.254.169.254",
        "169.254.43518, 169.254.169.254",
        "[::1], [0:0:0:0:0:0:0:1]",
        "[0:0:0:0:0:0:0:1], [0:0:0:0:0:0:0:1]",
        "[::ffff:127.0.0.1], 127.0.0.1",
        "[::ffff:7f00:1], 127.0.0.1",
        "[::ffff:a9fe:a9fe], 169.254.169.254",
        "[fe80::1], [fe80:0:0:0:0:0:0:1]"
    })
    void readsEverySpellingOfAnAddressWithoutDns(String host, String address) {
        UrlHost parsed = UrlHost.parse(host);
        assertThat(parsed.isLiteral()).isTrue();
        assertThat(parsed.name()).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource({
        "example.org, example.org",
        "Example.ORG, example.org",
        "bücher.example, xn--bcher-kva.example",
        "localhost, localhost",
        "0x7f.example, 0x7f.example",
        "1e3, 1e3",
        "a.1b, a.1b"
    })
    void readsNamesAsLowerCaseAscii(String host, String name) {
        UrlHost parsed = UrlHost.parse(host);
        assertThat(parsed.isLiteral()).isFalse();
        assertThat(parsed.name()).isEqualTo(name);
    }

    /** A host that ends in a number must be an IPv4 address; anything else would go to DNS. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "256.0.0.1",
                "1.2.3.4.5",
                "0x100000000",
                "4294967296",
                "1.16777216",
                "example.123",
                "09.1.1.1",
                "1.2.3.08",
                "[::1",
                "[127.0.0.1]",
                "[fe80::1%25eth0]",
                "[::g]",
                "exa mple.org",
                "a<b",
                ""
            })
    void refusesInvalidHosts(String host) {
        assertThatThrownBy(() -> UrlHost.parse(host)).isInstanceOf(IllegalArgumentException.class);
    }
}
