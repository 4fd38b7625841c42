package eu.ospo.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, item 8: {@code logo: ""} is no logo, as in the reference validator. The real file that
 * showed it, ComuneDiGenova's FascicoloDelCittadino, is valid with warnings again when read from memory;
 * read from its folder it has the reference's one error (its screenshot is not in the corpus).
 */
class EmptyLogoInTheCorpusTest {

    private static final String FILE = "ComuneDiGenova__FascicoloDelCittadino.yml";

    @Test
    void fascicoloDelCittadinoIsValidWithWarnings() throws IOException {
        Path file = SharedData.require("corpus/publiccode-real").resolve(FILE);
        assertThat(Files.readString(file)).contains("logo: \"\"");

        PubliccodeResult fromMemory = PubliccodeParser.builder().build().parse(Files.readAllBytes(file));
        assertThat(fromMemory.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(fromMemory.problems()).noneMatch(p -> p.key().equals("logo"));

        PubliccodeResult fromItsFolder = PubliccodeParser.builder().build().parse(file);
        assertThat(fromItsFolder.errors())
                .extracting(Problem::code, Problem::key, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "file.missing",
                        "description.it.screenshots[0]",
                        "'screenshot.png' is not an image: no such file: screenshot.png"));
    }
}
