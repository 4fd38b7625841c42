package eu.ospo.examples;

import eu.ospo.problem.Problem;
import eu.ospo.publiccode.PubliccodeParser;
import eu.ospo.publiccode.PubliccodeResult;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;

/**
 * Fetches a publiccode.yml from its repository and validates it with the online checks: the URLs it
 * names must answer, {@code url} must be a code repository, remote logos and screenshots must be
 * images.
 *
 * <p>Run: {@code java eu.ospo.examples.ValidateOnline
 * https://github.com/italia/design-angular-kit/blob/main/publiccode.yml}
 */
public final class ValidateOnline {

    private ValidateOnline() {}

    /**
     * Validates the file at the URL given as the first argument.
     *
     * @param args the URL
     * @throws IOException if the file cannot be fetched
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ValidateOnline URL");
            System.exit(2);
        }
        NetworkOptions options =
                NetworkOptions.builder().fileBudget(Duration.ofSeconds(20)).build();
        PubliccodeResult result = validate(URI.create(args[0]), options, System.out);
        System.exit(result.isValid() ? 0 : 1);
    }

    /**
     * Fetches and validates one file, and reports on {@code out}.
     *
     * @param url where the publiccode.yml is (a raw URL, or a GitHub, GitLab or Bitbucket file page)
     * @param options the network options ({@link NetworkOptions#defaults()} in production)
     * @param out where to print
     * @return the parse result
     * @throws IOException if the file cannot be fetched
     */
    public static PubliccodeResult validate(URI url, NetworkOptions options, PrintStream out) throws IOException {
        // tag::online[]
        PubliccodeParser parser = PubliccodeParser.builder()
                .network(options) // opt-in, e.g. NetworkOptions.defaults(); without it, no request is made
                .build(); // build once and reuse: it keeps the answers, so a catalogue asks each URL once
        PubliccodeResult result = parser.parse(url); // fetched through the same address guard

        for (Problem problem : result.problems()) { // a network failure is a positioned problem
            out.println(problem.format("publiccode.yml")); // ...: error: landingURL: '...' not reachable: ...
        }
        // end::online[]
        return result;
    }
}
