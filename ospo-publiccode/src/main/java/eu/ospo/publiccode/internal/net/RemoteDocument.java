package eu.ospo.publiccode.internal.net;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@code publiccode.yml} fetched for parsing: file pages of GitHub, Bitbucket and GitLab are
 * fetched as their raw files, through the same guard as every other request, and the file's
 * directory is the base its relative references resolve against.
 *
 * @param content the bytes (cut one byte after the size limit, so the loader reports the limit)
 * @param address where they came from (after the file page to raw file conversion)
 */
public record RemoteDocument(byte[] content, WebAddress address) {

    /**
     * Fetches a document.
     *
     * @param client the parser's client
     * @param url the URL as given
     * @param maxBytes the loader's size limit
     * @return the document
     * @throws IOException when the URL is not http(s), is refused by the guard, does not answer, or
     *     answers with anything but 2xx
     */
    public static RemoteDocument fetch(NetworkClient client, String url, int maxBytes) throws IOException {
        WebAddress address;
        try {
            address = CodeHosts.rawFile(WebAddress.parse(url));
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot fetch " + url + ": " + e.getMessage(), e);
        }
        Duration timeout = client.options().fileBudget();
        Fetcher.Request request =
                new Fetcher.Request("GET", "application/yaml, text/yaml, text/plain, */*", maxBytes + 1L, true);
        Response response = client.fetch(request, address, Deadline.in(timeout));
        if (!response.isSuccess()) {
            throw new IOException("HTTP GET failed for " + address + ": "
                    + (response.status() == 404 ? "not found" : "status code " + response.status()));
        }
        return new RemoteDocument(response.body(), address);
    }

    /**
     * The base for relative references: the document's directory.
     *
     * @return the directory URL, ending in {@code /}
     */
    public WebAddress directory() {
        String path = address.path();
        return address.withTarget(path.substring(0, path.lastIndexOf('/') + 1), Optional.empty());
    }

    /**
     * The file name, for positions ({@code publiccode.yml}).
     *
     * @return the last path segment, or {@code publiccode.yml} when there is none
     */
    public String fileName() {
        String path = address.path();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? "publiccode.yml" : last;
    }
}
