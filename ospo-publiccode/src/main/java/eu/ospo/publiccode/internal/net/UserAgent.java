package eu.ospo.publiccode.internal.net;

import eu.ospo.Ospo;

/** The one User-Agent of ospo's requests: {@code ospo/0.1.0 (publiccode.yml checks)}. */
final class UserAgent {

    /** The header value. */
    static final String VALUE = "ospo/" + Ospo.version() + " (publiccode.yml checks)";

    private UserAgent() {}
}
