package eu.ospo.cli.publiccode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What {@code --network} changes on the command line: URLs as input, and a note when it is off. */
final class NetworkOption {

    /** The one line the text reports end with when the online checks did not run. */
    static final String OFFLINE_NOTE = "note: online checks not run (URLs, code repository, remote logos and"
            + " screenshots, videos); add --network to run them";

    private NetworkOption() {}

    /** Whether a FILE argument is an http(s) URL. */
    static boolean isUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The argument as a URI, or an IllegalArgumentException naming what is wrong with it. */
    static URI uri(String argument) {
        try {
            return new URI(argument);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getReason(), e);
        }
    }
}
