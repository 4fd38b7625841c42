package eu.ospo.jackson;

import eu.ospo.problem.Problem;
import eu.ospo.problem.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by {@code ObjectMapper.readValue} (with {@link OspoModule}) when a publiccode.yml,
 * governance.yml, finding or evaluation read from JSON has errors. It carries every problem
 * (warnings too) as {@link Problem}s with their codes, keys and a JSON pointer ({@link
 * OspoJson#POINTER} argument); the message lists the first errors. To get the problems without an
 * exception, use {@link OspoJson}.
 *
 * <p>Frameworks wrap it (Spring's {@code HttpMessageNotReadableException}, for one): find it among
 * the causes to answer with the problems.
 */
public final class InvalidMetadataException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** How many errors the message shows. */
    private static final int SHOWN = 3;

    /** The problems; not serialised with the exception (Problem is not Serializable). */
    private final transient @Nullable List<Problem> problems;

    /**
     * An exception for a value with errors.
     *
     * @param parser the parser that read the value
     * @param what what was read ({@code publiccode.yml}, {@code governance.yml}, {@code finding},
     *     {@code evaluation})
     * @param problems every problem found, at least one error among them
     */
    public InvalidMetadataException(JsonParser parser, String what, List<Problem> problems) {
        super(parser, message(what, problems), parser.currentTokenLocation());
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, errors and warnings, in the order found.
     *
     * @return the problems (empty after Java serialisation)
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * The errors among {@link #problems()}.
     *
     * @return the errors
     */
    public List<Problem> errors() {
        return problems().stream().filter(Problem::isError).toList();
    }

    private static String message(String what, List<Problem> problems) {
        List<Problem> errors =
                problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        String shown =
                errors.stream().limit(SHOWN).map(InvalidMetadataException::line).collect(Collectors.joining("; "));
        String more = errors.size() > SHOWN ? "; and " + (errors.size() - SHOWN) + " more" : "";
        return "invalid " + what + " (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "): " + shown
                + more;
    }

    private static String line(Problem problem) {
        String pointer = problem.arguments().getOrDefault(OspoJson.POINTER, "");
        return problem.code() + " at '" + pointer + "': " + problem.message();
    }
}
