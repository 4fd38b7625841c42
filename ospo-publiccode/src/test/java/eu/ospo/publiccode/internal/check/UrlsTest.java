package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    @Nested
    class Url {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "https://github.com/italia/developers.italia.it.git",
                    "https://github.com/italia/developers.git",
                    "http://foobar.example",
                    "HTTPS://EXAMPLE.ORG/Path",
                    "ftp://ftp.example.org/pub",
                    "git://example.org/repo.git",
                    "http://example.org:8080/x?q=1#frag",
                    "http://user:pa%20ss@example.org/",
                    "http://[::1]:80/",
                    "http://example.org/%41%42",
                    "http://例え.jp/",
                    "http://[2001:db8::1]/",
                    "http://[::ffff:192.0.2.1]:8080/",
                    "http://[fe80::1%25en0]/",
                    "mailto:someone@example.org", // opaque part
                    "urn:isbn:0451450523",
                    "foo:bar",
                    "http:foo", // opaque, as Go parses it
                    "http://#top", // a fragment is enough for go-playground's rule
                    "file:///etc/hosts",
                    "file:/tmp/x",
                    "file://host/share/file.txt",
                    "file:/"
                })
        void accepts(String text) {
            assertThat(Urls.isUrl(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "foobar",
                    "string",
                    "ABC",
                    "???",
                    "http",
                    "http:",
                    "http://",
                    "https:///path",
                    "//example.org/x",
                    "/relative/path",
                    "relative/path",
                    ":foo",
                    "1http://example.org",
                    "http://exa mple.org/",
                    "http://exa{mple.org/",
                    "http://example.org/%zz",
                    "http://example.org/%4",
                    "http://example.org/#%zz",
                    "http://example.org:80a/",
                    "http://[::1/",
                    "http://[192.0.2.1]/", // only IPv6 goes in brackets
                    "http://[::1]x/",
                    "http://a[b]/",
                    "http://ex%41mple.org/", // ASCII may not be escaped in a host
                    "http://us er@example.org/",
                    "http://example.org/\u0000",
                    "http://exa\nmple.org",
                    "http://example.org/\u007f",
                    "file:",
                    "file:x"
                })
        void rejects(String text) {
            assertThat(Urls.isUrl(text)).isFalse();
        }
    }

    @Nested
    class HttpUrl {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "https://example.org",
                    "HTTP://EXAMPLE.ORG",
                    "Https://Example.org/Path?Q=1#F",
                    "http://localhost:8080/x",
                    "https://www.youtube.com/watch?v=RaHmGbBOP84",
                    "https://user@example.org",
                    "http://:80" // Go's host includes the port, so it is not empty
                })
        void accepts(String text) {
            assertThat(Urls.isHttpUrl(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "???",
                    "ABC",
                    "ftp://example.org",
                    "file:///tmp/x",
                    "mailto:a@example.org",
                    "http:foo",
                    "http://#top",
                    "https://",
                    "https:///path",
                    "http://exa mple.org",
                    "httpx://example.org",
                    "//example.org"
                })
        void rejects(String text) {
            assertThat(Urls.isHttpUrl(text)).isFalse();
        }
    }

    @Nested
    class Uri {
        /** publiccode-spec.md 3.2 and 3.3, valid examples. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "http://foobar.example",
                    "urn:foobar:baz",
                    "urn:x-italian-pa:pcm",
                    "urn:X-Italian-PA:pcm",
                    "urn:iso:std:iso:27001",
                    "https://foobar.example/xyz",
                    "urn:foobar:example"
                })
        void acceptsTheDocumentedExamples(String text) {
            assertThat(Urls.isUri(text)).isTrue();
        }

        /** publiccode-spec.md 3.2, invalid examples. */
        @ParameterizedTest
        @ValueSource(strings = {"", "1", "http", "http:", "http://", "urn", "urn:", "urn:foobar", "pcm"})
        void rejectsTheDocumentedExamples(String text) {
            assertThat(Urls.isUri(text)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "URN:foobar:baz",
                    "urn:x-italian-pa:no_such_ipa_code", // a well-formed URN; the iPA lookup is separate
                    "urn:a:()+,-.:=@;$_!*'",
                    "urn:a:%2F",
                    "urn:a-b-:c",
                    "ftp://example.org",
                    "https://user@example.org:8443/x?y=1"
                })
        void acceptsOtherAbsoluteUris(String text) {
            assertThat(Urls.isUri(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "urn:urn:x", // RFC 2141 reserves the NID "urn"
                    "urn:URN:x",
                    "urn:-x:y",
                    "urn:a_b:c",
                    "urn:a:",
                    "urn:a:b/c",
                    "urn:a:b?c",
                    "urn:a:b#c",
                    "urn:a:b c",
                    "urn:a:%zz",
                    "urn:a:%2",
                    "urn::b",
                    "mailto:a@example.org", // not a URN and no host
                    "https://example.org#x", // request-URI parsing keeps '#' in the host
                    "/just/a/path",
                    "//example.org",
                    "http://exa mple.org",
                    " http://example.org"
                })
        void rejectsOtherValues(String text) {
            assertThat(Urls.isUri(text)).isFalse();
        }

        @Test
        void limitsTheNamespaceIdentifierTo32Characters() {
            assertThat(Urls.isUri("urn:" + "a".repeat(32) + ":x")).isTrue();
            assertThat(Urls.isUri("urn:" + "a".repeat(33) + ":x")).isFalse();
        }
    }

    @Nested
    class ItalianPaCode {
        @ParameterizedTest
        @CsvSource({
            "urn:x-italian-pa:pcm, pcm",
            "urn:X-Italian-PA:pcm, pcm",
            "URN:x-italian-pa:c_a123, c_a123",
            "urn:x-italian-pa:no_such_pa, no_such_pa"
        })
        void extractsTheCode(String text, String code) {
            assertThat(Urls.italianPaCode(text)).contains(code);
        }

        @Test
        void extractsAnEmptyCode() {
            assertThat(Urls.italianPaCode("urn:x-italian-pa:")).contains("");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "pcm",
                    "urn:foo:pcm",
                    "x-italian-pa:pcm",
                    "urn:x-italian-pb:pcm",
                    "urn:x-italian-pa",
                    "urn:x-\u0131talian-pa:pcm", // dotless i is not an ASCII letter
                    "https://x-italian-pa/pcm"
                })
        void isEmptyForOtherValues(String text) {
            assertThat(Urls.italianPaCode(text)).isEmpty();
        }
    }
}
