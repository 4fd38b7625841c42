package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv6LiteralTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "::",
                "::1",
                "1::",
                "2001:db8::1",
                "2001:DB8:0:0:0:0:0:1",
                "1:2:3:4:5:6:7:8",
                "1:2:3:4:5:6::8",
                "::ffff:192.0.2.1",
                "1:2:3:4:5:6:1.2.3.4",
                "fe80::1%25en0",
                "fe80::1%25eth0.1",
                "fe80::1%25%41"
            })
    void acceptsIpv6Addresses(String literal) {
        assertThat(Ipv6Literal.isValid(literal)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "192.0.2.1",
                "1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7::8",
                ":::",
                "1::2::3",
                ":1::",
                "1:",
                "12345::",
                "g::1",
                "::1.2.3",
                "::256.0.0.1",
                "::01.2.3.4",
                "::1.2.3.4:5",
                "fe80::1%25",
                "fe80::1%en0",
                "fe80::1%25en 0"
            })
    void rejectsEverythingElse(String literal) {
        assertThat(Ipv6Literal.isValid(literal)).isFalse();
    }
}
