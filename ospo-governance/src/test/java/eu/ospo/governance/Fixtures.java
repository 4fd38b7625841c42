package eu.ospo.governance;

import eu.ospo.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The governance.yml fixtures under {@code src/test/resources/governance} and one shared parser. */
final class Fixtures {

    /** One parser for every test: it is immutable and thread-safe. */
    static final GovernanceParser PARSER = GovernanceParser.builder().build();

    /** The valid fixtures: each parses without any problem. */
    static final List<String> VALID =
            List.of("worked-example.yml", "all-keys.yml", "all-keys-0.1.yml", "teams-example.yml", "minimal.yml");

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/governance/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GovernanceResult parse(String name) {
        return PARSER.parse(text(name));
    }

    /** Problems as {@code code@key@line:column}, compact for assertions. */
    static List<String> compact(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.code() + "@" + p.key() + "@" + p.line() + ":" + p.column())
                .collect(Collectors.toList());
    }
}
