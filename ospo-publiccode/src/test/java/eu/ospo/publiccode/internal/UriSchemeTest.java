package eu.ospo.publiccode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.publiccode.internal.check.Urls;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link Urls#hasScheme} reads a URI scheme as RFC 3986 writes it, checked as a pattern. */
class UriSchemeTest {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String ALPHABET = "aZz09+-.:/_ é\u00e0";

    private static Gen<String> strings() {
        return SourceDSL.lists()
                .of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 8)
                .map(indices -> {
                    StringBuilder text = new StringBuilder();
                    indices.forEach(i -> text.append(ALPHABET.charAt(i)));
                    return text.toString();
                });
    }

    @Test
    void agreesWithThePattern() {
        qt().withExamples(30_000)
                .forAll(strings())
                .checkAssert(value -> assertThat(Urls.hasScheme(value))
                        .isEqualTo(SCHEME.matcher(value).find()));
    }
}
