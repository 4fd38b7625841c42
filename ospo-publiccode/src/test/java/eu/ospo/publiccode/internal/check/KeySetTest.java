package eu.ospo.publiccode.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class KeySetTest {

    /** Short keys over a small alphabet, so that sets and probes overlap often. */
    private static Gen<String> key() {
        return strings().betweenCodePoints('*', '/').ofLengthBetween(1, 4);
    }

    @Test
    void answersAsAHashSetForMembersAndOtherProbes() {
        qt().forAll(lists().of(key()).ofSizeBetween(0, 60), lists().of(key()).ofSizeBetween(0, 60))
                .checkAssert((keys, probes) -> {
                    KeySet set = KeySet.of(keys);
                    Set<String> expected = new HashSet<>(keys);
                    assertThat(set.size()).isEqualTo(expected.size());
                    assertThat(new HashSet<>(set.keys())).isEqualTo(expected);
                    for (String key : keys) {
                        assertThat(set.contains(key)).as(key).isTrue();
                    }
                    for (String probe : probes) {
                        assertThat(set.contains(probe)).as(probe).isEqualTo(expected.contains(probe));
                    }
                });
    }

    @Test
    void survivesTheTripThroughTablesUnchanged() {
        qt().forAll(lists().of(key()).ofSizeBetween(0, 60)).checkAssert(keys -> {
            KeySet set = KeySet.of(keys);
            byte[] bytes = new CompactTables.Writer().set("keys", set).toBytes();
            KeySet read = CompactTables.parse(bytes, "test").set("keys");
            assertThat(read).isEqualTo(set);
            for (String key : keys) {
                assertThat(read.contains(key)).isTrue();
            }
        });
    }

    @Test
    void findsNothingOutsideAscii() {
        KeySet set = KeySet.of(List.of("it", "kz"));
        assertThat(set.contains("it")).isTrue();
        assertThat(set.contains("\u0131t")).isFalse(); // dotless i
        assertThat(set.contains("\u212Az")).isFalse(); // Kelvin sign
        assertThat(set.contains("")).isFalse();
        assertThat(set.contains("x".repeat(1000))).isFalse();
    }

    @Test
    void rejectsKeysItCannotStore() {
        assertThatThrownBy(() -> KeySet.of(List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeySet.of(List.of("a b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeySet.of(List.of("caf\u00e9"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeySet.of(List.of("x".repeat(256)))).isInstanceOf(IllegalArgumentException.class);
    }
}
