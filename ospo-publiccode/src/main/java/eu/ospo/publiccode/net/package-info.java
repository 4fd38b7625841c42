/**
 * Options for the online checks of {@code publiccode.yml} (opt-in, off by default).
 *
 * <p>{@link eu.ospo.publiccode.net.NetworkOptions} is passed to {@link
 * eu.ospo.publiccode.PubliccodeParser.Builder#network(NetworkOptions)}: with it, a parser checks
 * that the URLs of a file answer, that {@code url} is a code repository, that remote logos and
 * screenshots are images, and that videos resolve through their oEmbed provider; and {@link
 * eu.ospo.publiccode.PubliccodeParser#parse(java.net.URI)} fetches files over HTTP(S). Every
 * request goes through one guard: only public addresses (checked on the address actually connected
 * to, after DNS resolution, on every redirect), only {@code http} and {@code https}, bounded time,
 * size and concurrency.
 */
@NullMarked
package eu.ospo.publiccode.net;

import org.jspecify.annotations.NullMarked;
