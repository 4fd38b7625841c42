package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompactTablesTest {

    @Test
    void readsBackWhatItWrote() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("rozaj", List.of("sl"));
        map.put("1996", List.of("de", "de-ch"));
        map.put("alone", List.of());
        byte[] bytes = new CompactTables.Writer()
                .comment("a comment")
                .set("codes", KeySet.of(List.of("b", "a", "cc", "ddd")))
                .list("items", List.of("first item", "second: \u00e9", "*"))
                .map("variants", map)
                .toBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("# a comment\nset codes 3\n1 2 ab\n2 1 cc\n3 1 ddd\n"
                        + "list items 3\nfirst item\nsecond: \u00e9\n*\n"
                        + "map variants 3\nrozaj sl\n1996 de de-ch\nalone\n");
        CompactTables tables = CompactTables.parse(bytes, "test");
        assertThat(tables.set("codes").keys()).containsExactly("a", "b", "cc", "ddd");
        assertThat(tables.list("items")).containsExactly("first item", "second: \u00e9", "*");
        assertThat(tables.map("variants")).isEqualTo(map);
        assertThat(tables.map("variants").keySet()).containsExactly("rozaj", "1996", "alone");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "set codes 1\n2 2 abc\n", // keys do not fill their line
                "set codes 1\n2 1 ab", // no line end
                "set codes 2\n1 1 a\n1 1 b\n", // one length twice
                "set codes 1\n0 1 \n",
                "list items 2\none\n",
                "map m 1\n",
                "table x 1\n",
                "set codes\n",
                "set codes x\n",
                "list items 999999999999\n"
            })
    void rejectsMalformedFilesWithTheirName(String text) {
        assertThatThrownBy(() -> CompactTables.parse(text.getBytes(StandardCharsets.UTF_8), "bad.tables"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("bad.tables: malformed compact tables");
    }

    @Test
    void namesAMissingTable() {
        CompactTables tables = CompactTables.parse("list items 0\n".getBytes(StandardCharsets.UTF_8), "t");
        assertThat(tables.list("items")).isEmpty();
        assertThatThrownBy(() -> tables.set("items"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no set named items");
    }

    @Test
    void refusesLinesItCouldNotReadBack() {
        assertThatThrownBy(() -> new CompactTables.Writer().list("l", List.of("a\nb")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompactTables.Writer().map("m", Map.of("a b", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompactTables.Writer().list("l", List.of()).comment("late"))
                .isInstanceOf(IllegalStateException.class);
    }
}
