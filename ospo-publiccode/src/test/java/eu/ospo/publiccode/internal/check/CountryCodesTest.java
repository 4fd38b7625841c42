package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodesTest {

    private final CountryCodes codes = CountryCodes.instance();

    @Test
    void holdsTheDocumented250Codes() {
        assertThat(codes.size()).isEqualTo(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IT", "it", "FR", "fr", "DE", "US", "GB", "XK", "xk", "AD", "ZW"})
    void knowsCodesInOneCase(String code) {
        assertThat(codes.isKnown(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Fr",
                "iT",
                "mouseton",
                "",
                "I",
                "ITA",
                "EU",
                "UN",
                "AC",
                "XX",
                "ZZ",
                "UK",
                " IT",
                "IT ",
                "\u0131t" // dotless i: upper-cases to "IT" in Java and Go, but is not ASCII
            })
    void rejectsMixedCaseAndUnknownCodes(String code) {
        assertThat(codes.isKnown(code)).isFalse();
    }

    @Test
    void isShared() {
        assertThat(CountryCodes.instance()).isSameAs(codes);
    }
}
