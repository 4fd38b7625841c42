package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlGlobTest {

    @ParameterizedTest
    @CsvSource({
        "a*b, ab, true",
        "a*b, axxb, true",
        "a*b, a/b, true",
        "a*b, ba, false",
        "a*b, abx, false",
        "a*b*b, ab, false",
        "a*b*b, abb, true",
        "a*bc, abcbc, true",
        "*, '', true",
        "*, anything/at/all, true",
        "**, x, true",
        "a.c, a.c, true",
        "a.c, abc, false",
        "x?y=*, x?y=1, true",
        "x?y=*, xy=1, false",
        "exact, exact, true",
        "exact, exactly, false",
        "exact, Exact, false"
    })
    void matchesAnchoredAndLiteralExceptStars(String pattern, String text, boolean expected) {
        assertThat(new UrlGlob(pattern).matches(text)).isEqualTo(expected);
    }

    @Test
    void exposesTheTextBeforeTheFirstStar() {
        assertThat(new UrlGlob("https://*.youtube.com/watch*").literalPrefix()).isEqualTo("https://");
        assertThat(new UrlGlob("https://youtu.be/*").literalPrefix()).isEqualTo("https://youtu.be/");
        assertThat(new UrlGlob("plain").literalPrefix()).isEqualTo("plain");
    }
}
