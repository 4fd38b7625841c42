package eu.ospo.examples;

import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.Description;
import eu.ospo.publiccode.model.PublicCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Validates a publiccode.yml, prints its problems and, when it is valid, a few of its fields.
 *
 * <p>Run: {@code java eu.ospo.examples.ValidatePubliccode repositories/shared-permits/publiccode.yml}
 */
public final class ValidatePubliccode {

    private ValidatePubliccode() {}

    /**
     * Validates the file named by the first argument ({@code publiccode.yml} by default).
     *
     * @param args the file to validate
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "publiccode.yml");
        PubliccodeResult result = validate(file, System.out);
        System.exit(result.isValid() ? 0 : 1);
    }

    /**
     * Validates one file and reports on {@code out}.
     *
     * @param file the publiccode.yml
     * @param out where to print
     * @return the parse result
     * @throws IOException if the file cannot be read
     */
    public static PubliccodeResult validate(Path file, PrintStream out) throws IOException {
        // tag::validate[]
        PubliccodeParser parser = PubliccodeParser.builder().build(); // immutable, reusable
        PubliccodeResult result = parser.parse(file); // relative paths resolve next to the file

        for (Problem problem : result.problems()) { // errors and warnings, with positions
            out.println(problem.format(file.toString())); // publiccode.yml:12:3: error: key: ...
        }

        switch (result.verdict()) {
            case VALID, VALID_WITH_WARNINGS -> {
                PublicCode publicCode = result.publicCode().orElseThrow(); // present when valid
                Description english = publicCode.description().get("en");
                out.println("name:        " + publicCode.name());
                if (english != null) {
                    out.println("description: " + english.shortDescription());
                }
                out.println("maintenance: " + publicCode.maintenance().type().value());
            }
            case INVALID -> out.println(file + " has " + result.errors().size() + " error(s)");
        }
        // end::validate[]
        return result;
    }
}
