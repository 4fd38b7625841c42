package eu.ospo.publiccode.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The system resolver: the addresses the JDK resolves, each with the port asked for. */
class SystemHostResolverTest {

    @Test
    void givesTheJdksAddressesWithThePort() throws UnknownHostException {
        List<InetSocketAddress> resolved = HostResolver.system().resolve("localhost", 8443);
        assertThat(resolved)
                .extracting(InetSocketAddress::getAddress)
                .containsExactly(InetAddress.getAllByName("localhost"));
        assertThat(resolved).extracting(InetSocketAddress::getPort).containsOnly(8443);
        assertThatThrownBy(() -> resolved.add(resolved.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNameThatDoesNotResolveIsAnUnknownHost() {
        assertThatThrownBy(() -> HostResolver.system().resolve("no-such-host.invalid", 443))
                .isInstanceOf(UnknownHostException.class);
    }
}
