package eu.ospo.cli.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import eu.ospo.publiccode.PubliccodeParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating on several threads gives what one thread gives, file for file, in the same order. */
class FileValidationsTest {

    @Test
    void severalThreadsGiveTheResultsOfOneInTheSameOrder(@TempDir Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String content = i % 3 == 0
                    ? "publiccodeYmlVersion: \"0.4\"\nname: file " + i + "\n"
                    : i % 3 == 1 ? "name: [unclosed " + i : "publiccodeYmlVersion: \"0\"\nunknown" + i + ": x\n";
            files.add(Files.writeString(dir.resolve("file-" + i + ".yml"), content)
                    .toString());
        }
        files.add(dir.resolve("missing.yml").toString());
        files.add(dir.toString()); // a directory
        files.add("nul\u0000.yml"); // not a valid path
        PubliccodeParser parser = PubliccodeParser.builder().build();
        Random random = new Random(20261202);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(files, random);
            FileValidations.Validator validator =
                    file -> new FileOutcome(file, parser.parse(Path.of(file)).problems());
            List<FileValidations.Result> one = FileValidations.validate(validator, files, 1);
            List<FileValidations.Result> several = FileValidations.validate(validator, files, 1 + random.nextInt(4));
            assertThat(several).isEqualTo(one);
            assertThat(one).hasSize(files.size());
            for (int i = 0; i < files.size(); i++) {
                FileValidations.Result result = one.get(i);
                String named = result.outcome() != null ? result.outcome().file() : result.unreadable();
                assertThat(named).contains(files.get(i));
            }
            assertThat(one).filteredOn(r -> r.unreadable() != null).hasSize(3);
        }
    }
}
