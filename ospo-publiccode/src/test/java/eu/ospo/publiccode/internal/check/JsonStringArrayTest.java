package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStringArrayTest {

    @Test
    void readsStringsWithEscapes() {
        assertThat(JsonStringArray.parse(" [\"a\", \"b\\\"c\",\"\\u00e9\\/\\\\\", \"\\n\\t\"] \n"))
                .containsExactly("a", "b\"c", "\u00e9/\\", "\n\t");
    }

    @Test
    void readsAnEmptyArray() {
        assertThat(JsonStringArray.parse("[ ]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "{}", "[1]", "[\"a\",]", "[\"a\"] x", "[\"a\"", "[\"a\\q\"]", "[\"a\\u12\"]", "[\"a\nb\"]"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> JsonStringArray.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
