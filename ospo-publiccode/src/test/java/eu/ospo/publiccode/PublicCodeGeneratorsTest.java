package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.MaintenanceType;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.internal.check.Graphemes;
import eu.ospo.publiccode.model.Description;
import eu.ospo.publiccode.model.PublicCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The generators keep their promises (the round-trip properties rely on them). */
class PublicCodeGeneratorsTest {

    @Test
    void exactGraphemeTextHasExactlyThatManyClusters() {
        Gen<Map.Entry<Integer, String>> sized = in -> {
            int n = Generate.range(1, 1000).generate(in);
            return Map.entry(
                    n, PublicCodeGenerators.graphemes(in, n, Generate.booleans().generate(in)));
        };
        qt().withExamples(300).forAll(sized).checkAssert(e -> {
            assertThat(Graphemes.count(e.getValue())).isEqualTo(e.getKey());
            assertThat(e.getValue()).doesNotStartWith(" ").doesNotStartWith("\t");
        });
    }

    @Test
    void descriptionsStayWithinTheStandardsBounds() {
        qt().withExamples(500)
                .forAll(PublicCodeGenerators.validClean().mix(PublicCodeGenerators.validWithDeprecated()))
                .checkAssert(m -> {
                    for (Description d : m.description().values()) {
                        assertThat(Graphemes.count(d.shortDescription())).isBetween(1, 150);
                        assertThat(d.shortDescription()).isNotBlank();
                        assertThat(Graphemes.count(d.longDescription())).isBetween(150, 10_000);
                        assertThat(d.features()).isNotEmpty();
                        d.genericName()
                                .ifPresent(g -> assertThat(Graphemes.count(g)).isLessThanOrEqualTo(35));
                    }
                    MaintenanceType type = m.maintenance().type();
                    assertThat(m.maintenance().contractors().isEmpty()).isEqualTo(type != MaintenanceType.CONTRACT);
                    if (type == MaintenanceType.INTERNAL || type == MaintenanceType.COMMUNITY) {
                        assertThat(m.maintenance().contacts()).isNotEmpty();
                    }
                    assertThat(m.platforms()).isNotEmpty();
                    assertThat(m.localisation().availableLanguages()).isNotEmpty();
                    m.logo().ifPresent(logo -> assertThat(logo).matches("https?://.*\\.(png|svg)"));
                });
    }

    @Test
    void cleanModelsUseNoDeprecatedKey() {
        qt().withExamples(300).forAll(PublicCodeGenerators.validClean()).checkAssert(m -> {
            assertThat(m.monochromeLogo()).isEmpty();
            assertThat(m.inputTypes()).isEmpty();
            assertThat(m.outputTypes()).isEmpty();
            assertThat(m.legal().repoOwner()).isEmpty();
            assertThat(m.legal().authorsFile()).isEmpty();
            m.description().values().forEach(d -> assertThat(d.genericName()).isEmpty());
            m.it().ifPresent(it -> {
                assertThat(it.conforme()).isEmpty();
                it.riuso().ifPresent(r -> assertThat(r.codiceIPA()).isEmpty());
            });
        });
    }

    @Test
    void oneGraphemeMoreThanTheBoundIsRejected() {
        // The exact-size texts sit right at the bound: one more cluster is an error.
        PublicCode base = WriterYamlTest.sample();
        Gen<String> tooLong = in -> PublicCodeGenerators.graphemes(in, 151, false);
        PubliccodeParser parser = PubliccodeParser.builder().build();
        qt().withExamples(30).forAll(tooLong).checkAssert(s -> {
            Description d = base.description().get("en");
            PublicCode m = base.withDescription(Map.of("en", d.withShortDescription(s)));
            List<Problem> errors = parser.parse(PubliccodeWriter.write(m)).errors();
            assertThat(errors).extracting(Problem::code).containsExactly("value.too-long");
            assertThat(errors.get(0).key()).isEqualTo("description.en.shortDescription");
        });
    }
}
