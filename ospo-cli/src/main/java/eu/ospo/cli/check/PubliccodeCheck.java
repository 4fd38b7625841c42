package eu.ospo.cli.check;

import eu.ospo.cli.InputErrors;
import eu.ospo.publiccode.PubliccodeParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@code DIR/publiccode.yml}, or {@code DIR/publiccode.yaml} when there is no {@code
 * .yml}. Relative file references resolve against DIR.
 */
final class PubliccodeCheck implements Check {

    static final List<String> FILE_NAMES = List.of("publiccode.yml", "publiccode.yaml");

    @Override
    public Section run(Path directory) throws CheckInputException {
        Path file = find(directory)
                .orElseThrow(() -> new CheckInputException(
                        directory + ": no " + String.join(" or ", FILE_NAMES) + " in this directory"));
        PubliccodeParser parser = PubliccodeParser.builder().build();
        try {
            return new Section(
                    "publiccode.yml", file.toString(), parser.parse(file).problems());
        } catch (IOException e) {
            throw new CheckInputException(file + ": " + InputErrors.reason(e));
        }
    }

    private static Optional<Path> find(Path directory) {
        return FILE_NAMES.stream()
                .map(directory::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
