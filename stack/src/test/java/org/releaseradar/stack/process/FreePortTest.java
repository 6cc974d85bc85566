package org.releaseradar.stack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void theReturnedPortCanBeBoundOnLoopback() throws IOException {
        int port = FreePort.onLoopback();

        assertThat(port).isBetween(1024, 65535);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void thePortIsOutsideTheEphemeralRangeOutgoingConnectionsUse() {
        int[] ephemeral = FreePort.ephemeralRange();
        int port = FreePort.onLoopback();

        assertThat(port < ephemeral[0] || port > ephemeral[1]).as("port %d outside %d-%d", port, ephemeral[0], ephemeral[1])
                .isTrue();
    }
}
