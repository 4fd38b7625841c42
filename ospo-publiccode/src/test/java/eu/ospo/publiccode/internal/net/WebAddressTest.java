package eu.ospo.publiccode.internal.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.org|https://example.org/",
                "HTTPS://Example.ORG:443/a/b?x=1#frag|https://example.org/a/b?x=1",
                "http://example.org:8080/|http://example.org:8080/",
                "http://user:secret@example.org/x|http://example.org/x",
                "https://example.org/a b/ü?q=a b|https://example.org/a%20b/%C3%BC?q=a%20b",
                "https://example.org/%41%zz|https://example.org/%41%25zz",
                "http://[::1]:81/x|http://[0:0:0:0:0:0:0:1]:81/x",
                "http://2130706433/|http://127.0.0.1/"
            })
    void normalisesForTheRequestLine(String text, String normalised) {
        assertThat(WebAddress.parse(text)).hasToString(normalised);
    }

    @Test
    void tellsAMissingSchemeFromAnUnsupportedOne() {
        assertThatThrownBy(() -> WebAddress.parse("example.org/x"))
                .isInstanceOf(WebAddress.MissingSchemeException.class)
                .hasMessage("missing URL scheme");
        assertThatThrownBy(() -> WebAddress.parse("???")).isInstanceOf(WebAddress.MissingSchemeException.class);
        assertThatThrownBy(() -> WebAddress.parse("ftp://example.org/x"))
                .isInstanceOf(WebAddress.UnsupportedSchemeException.class)
                .hasMessage("unsupported protocol scheme \"ftp\"");
        assertThatThrownBy(() -> WebAddress.parse("file:///etc/passwd"))
                .isInstanceOf(WebAddress.UnsupportedSchemeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:foo", "http://", "http://:80/", "http://example.org:0/", "http://example.org:99999/"})
    void refusesUrlsWithoutAUsableHostOrPort(String text) {
        assertThatThrownBy(() -> WebAddress.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/b/c|https://example.org/b/c",
                "c|https://example.org/a/c",
                "../c|https://example.org/c",
                "../../../c|https://example.org/c",
                "?y=2|https://example.org/a/b?y=2",
                "//other.example/z|https://other.example/z",
                "http://other.example/z|http://other.example/z",
                "./c/./d/../e|https://example.org/a/c/e",
                "#top|https://example.org/a/b?x=1"
            })
    void resolvesRedirectLocations(String location, String target) {
        assertThat(WebAddress.parse("https://example.org/a/b?x=1").resolve(location))
                .hasToString(target);
    }

    @Test
    void joinsRelativeFilesToABaseDirectory() {
        WebAddress base = WebAddress.parse("https://raw.example/o/r/main/");
        assertThat(base.file("img/logo.png")).hasToString("https://raw.example/o/r/main/img/logo.png");
        assertThat(base.file("a b?.png")).hasToString("https://raw.example/o/r/main/a%20b%3F.png");
        assertThat(WebAddress.parse("https://example.org/repo").file("logo.svg"))
                .hasToString("https://example.org/repo/logo.svg");
    }
}
