package eu.ospo.examples;

import eu.ospo.jackson.InvalidMetadataException;
import eu.ospo.jackson.OspoJson;
import eu.ospo.jackson.OspoModule;
import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.model.PublicCode;
import java.io.PrintStream;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * publiccode.yml metadata received as JSON (a catalogue's REST API, say): validated with the same
 * checks as the YAML file, problems located by JSON pointers, written back as JSON with the file's
 * keys.
 */
public final class MetadataAsJson {

    private MetadataAsJson() {}

    /**
     * Reads a request body without exceptions, printing its problems.
     *
     * @param body the JSON
     * @param out where to print
     * @return the model when the body has no error
     */
    public static Optional<PublicCode> receive(String body, PrintStream out) {
        // tag::json[]
        OspoJson json = OspoJson.defaults(); // reusable, thread-safe
        PubliccodeResult result = json.readPubliccode(body); // the publiccode.yml checks and codes

        for (Problem problem : result.problems()) { // where: a JSON pointer (and the line, for text)
            out.println(problem.arguments().get(OspoJson.POINTER) + ": " + problem.code() + ": " + problem.message());
        }
        result.publicCode().ifPresent(model -> out.println(json.write(model))); // the file's keys, as JSON
        // end::json[]
        return result.publicCode();
    }

    /**
     * Reads a request body with a Jackson mapper, as a framework does.
     *
     * @param body the JSON
     * @return the model
     * @throws InvalidMetadataException if the body has errors (it carries the problems)
     */
    public static PublicCode bind(String body) {
        // tag::module[]
        JsonMapper mapper = JsonMapper.builder().addModule(new OspoModule()).build();
        PublicCode publicCode = mapper.readValue(body, PublicCode.class); // validated, or InvalidMetadataException
        String text = mapper.writeValueAsString(publicCode); // publiccode.yml's keys
        // end::module[]
        return mapper.readValue(text, PublicCode.class);
    }
}
