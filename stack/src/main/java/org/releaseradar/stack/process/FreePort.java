package org.releaseradar.stack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP port on 127.0.0.1 that was free a moment ago (for servers that cannot report theirs).
 *
 * <p>It is drawn from below (or above) the kernel's ephemeral range, not with port 0: a port from the
 * ephemeral range can be taken by any outgoing connection (a Kafka client, the registry, the tests)
 * between the moment it is found free and the moment the server binds it, which made a server fail
 * to start with "Address already in use" now and then.
 */
public final class FreePort {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 100;

    private FreePort() {
    }

    public static int onLoopback() {
        int[] ephemeral = ephemeralRange();
        int from;
        int to;
        if (ephemeral[0] - LOWEST > 1_000) {
            from = LOWEST;
            to = ephemeral[0] - 1;
        } else if (65_535 - ephemeral[1] > 1_000) {
            from = ephemeral[1] + 1;
            to = 65_535;
        } else {
            return anyEphemeral();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < ATTEMPTS; i++) {
            int candidate = random.nextInt(from, to + 1);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        return anyEphemeral();
    }

    /** The kernel's ephemeral port range, or Linux's default when it cannot be read. */
    static int[] ephemeralRange() {
        try {
            String[] parts = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {32_768, 60_999};
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyEphemeral() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }
}
