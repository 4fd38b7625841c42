package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MimeTypesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "application/json",
                "application/vnd.oasis.opendocument.text",
                "application/atom+xml",
                "image/svg+xml",
                "application/x-www-form-urlencoded",
                "TEXT/HTML",
                "x!#$&^_-/y",
                "  text/csv  ",
                "1/2"
            })
    void acceptsTypeSlashSubtype(String text) {
        assertThat(MimeTypes.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "text",
                "text/",
                "/plain",
                "text/plain; charset=utf-8",
                "text/plain;charset=utf-8",
                "text/plain/extra",
                "-text/plain",
                "text/.plain",
                "text.x/plain",
                "te+xt/plain",
                "text /plain",
                "text/plain\n",
                "\ttext/plain",
                "tèxt/plain"
            })
    void rejectsOtherShapes(String text) {
        assertThat(MimeTypes.isValid(text)).isFalse();
    }

    @Test
    void limitsEachPartTo127Characters() {
        String part127 = "a".repeat(127);
        assertThat(MimeTypes.isValid(part127 + "/" + part127)).isTrue();
        assertThat(MimeTypes.isValid(part127 + "a/plain")).isFalse();
        assertThat(MimeTypes.isValid("text/" + part127 + "a")).isFalse();
    }
}
