package eu.ospo.publiccode.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Finds the socket addresses to connect to for a host name and port: the system's DNS by default.
 * A custom resolver can pin names to addresses (like curl's {@code --resolve} and {@code
 * --connect-to}), for example to use a fixed DNS view or to point tests at a local server.
 *
 * <p>Whatever a resolver returns is still checked against the {@link AddressPolicy} before a
 * connection is made, so a resolver cannot open a way to private addresses. Host names are given in
 * lower-case ASCII (internationalised names already converted to punycode); IP literals never
 * reach a resolver.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * The addresses to try, in order.
     *
     * @param host the host name, lower-case ASCII
     * @param port the port the URL asks for (80 or 443 unless the URL names one)
     * @return at least one address
     * @throws UnknownHostException if the name does not resolve
     */
    List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException;

    /**
     * The system's resolver ({@link InetAddress#getAllByName}), with the port unchanged.
     *
     * @return the system resolver
     */
    static HostResolver system() {
        return SystemHostResolver.INSTANCE;
    }
}
