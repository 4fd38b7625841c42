package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OEmbedSchemesTest {

    private final OEmbedSchemes schemes = OEmbedSchemes.instance();

    @Test
    void holdsTheDocumented680Schemes() {
        assertThat(schemes.size()).isEqualTo(680);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.youtube.com/watch?v=RaHmGbBOP84",
                "https://m.youtube.com/watch?v=RaHmGbBOP84",
                "https://www.youtube.com/shorts/abc",
                "https://www.youtube.com/playlist?list=PL123",
                "https://youtube.com/playlist?list=PL123",
                "https://youtu.be/RaHmGbBOP84",
                "https://vimeo.com/123456",
                "https://vimeo.com/", // '*' may match nothing
                "https://vimeo.com/channels/staffpicks/123", // '*' matches '/'
                "https://player.vimeo.com/video/123",
                "https://open.spotify.com/track/xyz",
                "spotify:track:xyz",
                "http://www.23hq.com/someone/photo/123"
            })
    void matchesKnownProviders(String url) {
        assertThat(schemes.matches(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ABC",
                "https://google.com",
                "https://youtube.com/watch?v=RaHmGbBOP84", // no subdomain
                "http://www.youtube.com/watch?v=RaHmGbBOP84", // http
                "HTTPS://www.youtube.com/watch?v=RaHmGbBOP84", // case-sensitive
                "https://www.YouTube.com/watch?v=RaHmGbBOP84",
                "https://vimeo.com",
                "https://vimeo.com.evil.example/",
                " https://vimeo.com/1",
                "https://youtu.be"
            })
    void rejectsOtherUrls(String url) {
        assertThat(schemes.matches(url)).isFalse();
    }

    @Test
    void treatsRegexCharactersLiterally() {
        // the scheme is https://*.youtube.com/playlist?list=* : '.' and '?' are literal
        assertThat(schemes.matches("https://www.youtube.com/playlist?list=x")).isTrue();
        assertThat(schemes.matches("https://www.youtube.com/playlistXlist=x")).isFalse();
        assertThat(schemes.matches("https://wwwXyoutubeXcom/playlist?list=x")).isFalse();
    }

    @Test
    void agreesWithOneRegexPerSchemeOnEveryScheme() {
        List<String> all = JsonStringArray.parse(BundledResource.text("oembed-schemes.json"));
        List<Pattern> naive = new ArrayList<>();
        for (String scheme : all) {
            naive.add(Pattern.compile(Pattern.quote(scheme).replace("*", "\\E.*\\Q"), Pattern.DOTALL));
        }
        List<String> probes = new ArrayList<>();
        for (String scheme : all) {
            probes.add(scheme.replace("*", ""));
            probes.add(scheme.replace("*", "a/b?c=d"));
            probes.add(scheme.replace("*", "x") + "/extra");
            probes.add(scheme.substring(0, scheme.length() / 2));
            probes.add(scheme.replace("https://", "http://").replace("*", "q"));
            probes.add(scheme.toUpperCase(java.util.Locale.ROOT));
        }
        int matched = 0;
        for (String probe : probes) {
            boolean expected = naive.stream().anyMatch(p -> p.matcher(probe).matches());
            assertThat(schemes.matches(probe)).as(probe).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(all.size());
        assertThat(matched).isLessThan(probes.size());
    }
}
