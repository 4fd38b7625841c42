package eu.ospo.publiccode.internal.net;

import eu.ospo.publiccode.net.AddressPolicy;
import eu.ospo.publiccode.net.HostResolver;
import eu.ospo.publiccode.net.NetworkOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens connections only to addresses the policy allows: resolves the host once (IP literals are
 * not resolved at all), checks every address, and connects a socket to exactly a checked address.
 * Nothing resolves the name again after the check, so a DNS answer that changes between check and
 * connection (DNS rebinding) cannot redirect the connection. For {@code https}, TLS runs over that
 * socket with the URL's host name for SNI and certificate verification. Thread-safe.
 */
final class GuardedConnector {

    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final SSLSocketFactory tls;

    GuardedConnector(NetworkOptions options) {
        this.policy = options.addressPolicy();
        this.resolver = options.resolver();
        this.connectTimeout = options.connectTimeout();
        this.readTimeout = options.readTimeout();
        this.tls =
                options.sslContext().orElseGet(GuardedConnector::defaultContext).getSocketFactory();
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    /**
     * A connected socket (TLS handshake done for https) to an allowed address of the URL's host.
     *
     * @throws FetchException if no allowed address answers
     */
    Socket connect(WebAddress url, Deadline deadline) throws FetchException {
        List<InetSocketAddress> addresses = allowed(url);
        FetchException last = null;
        for (InetSocketAddress address : addresses) {
            if (deadline.passed()) {
                throw new FetchException(FetchException.Kind.TIMEOUT, deadline.exhausted());
            }
            Socket socket = new Socket();
            boolean budgetFirst = deadline.cuts(connectTimeout);
            try {
                socket.connect(address, deadline.millis(connectTimeout));
                socket.setSoTimeout(deadline.millis(readTimeout));
                return url.isHttps() ? handshake(socket, url, deadline) : socket;
            } catch (FetchException e) {
                close(socket);
                throw e;
            } catch (SocketTimeoutException e) {
                close(socket);
                last = new FetchException(
                        FetchException.Kind.TIMEOUT,
                        budgetFirst
                                ? deadline.exhausted()
                                : "connecting to " + show(address) + " timed out after "
                                        + Durations.text(connectTimeout),
                        e);
            } catch (ConnectException e) {
                close(socket);
                last = new FetchException(FetchException.Kind.UNREACHABLE, "connection refused by " + show(address), e);
            } catch (IOException e) {
                close(socket);
                last = new FetchException(
                        FetchException.Kind.UNREACHABLE, "cannot connect to " + show(address) + ": " + describe(e), e);
            }
        }
        throw last == null ? new FetchException(FetchException.Kind.UNREACHABLE, "no address") : last;
    }

    /** The resolved addresses the policy allows, in the resolver's order. */
    List<InetSocketAddress> allowed(WebAddress url) throws FetchException {
        List<InetSocketAddress> candidates = resolve(url);
        List<InetSocketAddress> allowed = new ArrayList<>();
        String refusal = null;
        for (InetSocketAddress candidate : candidates) {
            InetAddress address = candidate.getAddress();
            if (address == null) {
                continue; // an unresolved address from a custom resolver: never looked up here
            }
            Optional<SpecialAddresses.Range> range = SpecialAddresses.refused(policy, address);
            if (range.isEmpty()) {
                allowed.add(candidate);
            } else if (refusal == null) {
                refusal = "refused to connect to " + address.getHostAddress() + ", "
                        + range.get().description() + " (only public addresses are allowed)";
            }
        }
        if (allowed.isEmpty()) {
            throw new FetchException(
                    refusal == null ? FetchException.Kind.UNREACHABLE : FetchException.Kind.BLOCKED,
                    refusal == null ? "no address for " + url.host().name() : refusal);
        }
        return allowed;
    }

    private List<InetSocketAddress> resolve(WebAddress url) throws FetchException {
        UrlHost host = url.host();
        if (host.address().isPresent()) {
            return List.of(new InetSocketAddress(host.address().get(), url.port()));
        }
        try {
            List<InetSocketAddress> addresses = resolver.resolve(host.name(), url.port());
            if (addresses == null || addresses.isEmpty()) {
                throw new UnknownHostException(host.name());
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.UNREACHABLE, "unknown host " + host.name(), e);
        } catch (RuntimeException e) {
            throw new FetchException(
                    FetchException.Kind.UNREACHABLE, "cannot resolve " + host.name() + ": " + describe(e), e);
        }
    }

    private Socket handshake(Socket plain, WebAddress url, Deadline deadline) throws IOException {
        String name = url.host().name();
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, name, url.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!url.host().isLiteral()) {
            parameters.setServerNames(List.of(new SNIHostName(name)));
        }
        parameters.setApplicationProtocols(new String[] {"http/1.1"});
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(deadline.millis(readTimeout));
        boolean budgetFirst = deadline.cuts(readTimeout);
        try {
            socket.startHandshake();
            return socket;
        } catch (SocketTimeoutException e) {
            close(socket);
            throw new FetchException(
                    FetchException.Kind.TIMEOUT,
                    budgetFirst
                            ? deadline.exhausted()
                            : "TLS handshake with " + name + " timed out after " + Durations.text(readTimeout),
                    e);
        } catch (SSLException e) {
            close(socket);
            throw new FetchException(
                    FetchException.Kind.UNREACHABLE, "TLS handshake with " + name + " failed: " + describe(e), e);
        }
    }

    private static String show(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip == null ? address.getHostString() : ip.getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do with a socket that cannot even be closed
        }
    }
}
