package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * Finding 2 (bind address): the server listens on loopback only unless told otherwise; the image sets
 * CLOUDTWIN_BIND_ADDRESS=0.0.0.0 for its own container, and docker-compose.yml publishes on the host's loopback.
 */
class BindDefaultsTest extends ServerTestBase {
    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(external.get(), port), 2000);
            }
        }).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void imageAndComposeSettings() throws Exception {
        assertThat(ComposeFile.dockerfileEnv("CLOUDTWIN_BIND_ADDRESS")).isEqualTo("0.0.0.0");
        String compose = Files.readString(ComposeFile.repoFile("docker-compose.yml"));
        assertThat(compose).contains("\"127.0.0.1:8080:8080\"").contains("\"127.0.0.1:8081:8080\"");
        assertThat(compose.lines().filter(l -> l.trim().matches("- \"\\d+:\\d+\""))).isEmpty();
    }
}
