package eu.ospo.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a repeated node is placed, and how null list items are read: a scalar repeated by an alias
 * stands where the alias is (so a duplicate key made by an alias is reported there); a null item is a
 * wrong type for governance.yml and rulesets, an empty value for publiccode.yml.
 */
class AliasAndNullItemTest {

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.DEFAULT);

    private static YamlDocument load(String yaml) {
        return LOADER.load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDuplicateKeyMadeByAnAliasIsReportedAtTheAlias() {
        YamlDocument document = load("&k a: 1\nb: 2\n*k : 3\n");
        assertThat(document.problems())
                .extracting(p -> p.code() + " " + p.line() + ":" + p.column() + " " + p.message())
                .containsExactly("yaml.duplicate-key 3:1 mapping key \"a\" already defined at [1:1]");
    }

    @Test
    void aRepeatedScalarStandsWhereItsAliasIsAndARepeatedMappingWhereItWasWritten() {
        YamlMapping root = (YamlMapping)
                load("a: &v x\nb: &m {c: 1}\nd: *v\ne: *m\n").root().orElseThrow();
        YamlScalar repeated = (YamlScalar) root.entry("d").orElseThrow().value();
        assertThat(List.of(repeated.value(), repeated.line(), repeated.column()))
                .containsExactly("x", 3, 4);
        YamlMapping mapping = (YamlMapping) root.entry("e").orElseThrow().value();
        assertThat(List.of(mapping.line(), mapping.column())).containsExactly(2, 4); // its anchor
    }

    private static MappingReader reader(String yaml, MappingReader.NullItems nullItems, ProblemList problems) {
        YamlMapping root = (YamlMapping) load(yaml).root().orElseThrow();
        return new MappingReader(root, KeyPath.ROOT, problems, nullItems);
    }

    @Test
    void nullItemsAreWrongTypesByDefault() {
        ProblemList problems = new ProblemList();
        YamlMapping root = (YamlMapping) load("l: [a, ~, &x ]\n").root().orElseThrow();
        List<MappingReader.Text> items = new MappingReader(root, KeyPath.ROOT, problems).texts("l");
        assertThat(items).extracting(MappingReader.Text::value).containsExactly("a");
        assertThat(problems.all())
                .extracting(p -> p.code() + " " + p.key())
                .containsExactly("field.wrong-type l[1]", "field.wrong-type l[2]");
    }

    @Test
    void nullItemsCanReadAsEmptyValues() {
        ProblemList problems = new ProblemList();
        MappingReader top =
                reader("l: [a, ~, &x ]\nm:\n  -\n  - k: v\nn:\n  o: [null]\n", MappingReader.NullItems.EMPTY, problems);
        assertThat(top.texts("l")).extracting(MappingReader.Text::value).containsExactly("a", "", "");
        List<MappingReader> mappings = top.mappings(top.sequence("m").orElseThrow());
        assertThat(mappings).hasSize(2);
        assertThat(mappings.get(0).has("k")).isFalse();
        assertThat(mappings.get(1).has("k")).isTrue();
        MappingReader nested = top.mapping("n").orElseThrow();
        assertThat(nested.texts("o")).extracting(MappingReader.Text::value).containsExactly("");
        assertThat(problems.all()).isEmpty();
    }
}
