package eu.ospo.publiccode.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link HostResolver#system()}: the system's DNS, the port unchanged. A class of its own rather than
 * a lambda: every {@link NetworkOptions} builder starts with it, network on or off, and on JDK 17 the
 * first use of a lambda costs its bootstrap (a few milliseconds in the interpreter) in every run.
 */
final class SystemHostResolver implements HostResolver {

    static final SystemHostResolver INSTANCE = new SystemHostResolver();

    private SystemHostResolver() {}

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        List<InetSocketAddress> sockets = new ArrayList<>(addresses.length);
        for (InetAddress address : addresses) {
            sockets.add(new InetSocketAddress(address, port));
        }
        return List.copyOf(sockets);
    }

    @Override
    public String toString() {
        return "HostResolver.system()";
    }
}
