package eu.ospo.publiccode.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for a test's HTTPS server, made with the JDK's {@code keytool} for the
 * given host names (and 127.0.0.1), with the server's and the client's TLS contexts: the client
 * trusts exactly this certificate.
 */
public final class TestTls {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final SSLContext server;
    private final SSLContext client;

    private TestTls(SSLContext server, SSLContext client) {
        this.server = server;
        this.client = client;
    }

    /**
     * Generates a certificate for the hosts.
     *
     * @param hosts the DNS names it is valid for
     * @return the contexts
     */
    public static TestTls forHosts(Collection<String> hosts) throws IOException, GeneralSecurityException {
        Path dir = Files.createTempDirectory("ospo-tls");
        Path store = dir.resolve("server.p12");
        String names = hosts.stream().map(h -> "dns:" + h).collect(Collectors.joining(",")) + ",ip:127.0.0.1";
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=ospo test server",
                        "-ext",
                        "SAN=" + names,
                        "-validity",
                        "2",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        try {
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IOException(
                        "keytool failed: " + new String(keytool.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        Files.delete(store);
        Files.delete(dir);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);

        Certificate certificate = keys.getCertificate("server");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trustManagers.getTrustManagers(), null);
        return new TestTls(server, client);
    }

    /**
     * For one host.
     *
     * @param host the DNS name
     * @return the contexts
     */
    public static TestTls forHost(String host) throws IOException, GeneralSecurityException {
        return forHosts(List.of(host));
    }

    /** The server's context (holds the key). */
    public SSLContext server() {
        return server;
    }

    /** A client context that trusts only this certificate. */
    public SSLContext client() {
        return client;
    }
}
