/**
 * The online checks of publiccode.yml and the guarded HTTP/1.1 client under them (not API).
 *
 * <p>Every request goes through {@link eu.ospo.publiccode.internal.net.Fetcher}: the host is parsed
 * ({@link eu.ospo.publiccode.internal.net.UrlHost}, so numeric spellings never reach DNS), resolved
 * once, each address checked ({@link eu.ospo.publiccode.internal.net.SpecialAddresses}), and the
 * connection opened to exactly the checked address; redirects are followed by hand, each hop
 * checked again.
 */
@NullMarked
package eu.ospo.publiccode.internal.net;

import org.jspecify.annotations.NullMarked;
