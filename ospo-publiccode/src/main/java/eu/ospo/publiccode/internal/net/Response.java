package eu.ospo.publiccode.internal.net;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A final (non-redirect) HTTP answer: status, headers and as much of the body as was asked for.
 *
 * @param url the URL that gave this answer (after redirects)
 * @param status the status code
 * @param headers the headers in order; names lower-case
 * @param body the body read (empty when none was asked for)
 */
public record Response(WebAddress url, int status, List<Header> headers, byte[] body) {

    /**
     * One header line.
     *
     * @param name the lower-case name
     * @param value the value, trimmed
     */
    public record Header(String name, String value) {}

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(h -> h.name().equals(lower))
                .map(Header::value)
                .findFirst();
    }

    /** Every value of a header. */
    public List<String> headers(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(h -> h.name().equals(lower))
                .map(Header::value)
                .toList();
    }
}
