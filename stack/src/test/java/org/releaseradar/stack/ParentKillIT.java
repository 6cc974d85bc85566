package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** The children of a stack whose JVM is SIGKILLed (no shutdown hooks run) exit by themselves. */
class ParentKillIT {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS, factory = ItDataDirFactory.class)
    Path dataDir;

    @Test
    void noChildOutlivesAKilledParent() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process parent = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LocalStackLauncher.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        List<ProcessHandle> descendants;
        List<String> seen = new CopyOnWriteArrayList<>();
        try {
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readUntilReady(parent, seen));
            String line;
            try {
                line = ready.get(180, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the launcher printed no READY within 180 s; its output:\n"
                        + String.join("\n", seen), e);
            }
            assertThat(line).startsWith("READY");
            descendants = parent.toHandle().descendants().toList();
            assertThat(descendants).hasSizeGreaterThanOrEqualTo(3);
        } finally {
            // SIGKILL: the parent cannot stop its children itself.
            parent.toHandle().destroyForcibly();
        }
        assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (descendants.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<ProcessHandle> survivors = descendants.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        assertThat(survivors).as("children alive after their parent was killed").isEmpty();
    }

    private static String readUntilReady(Process process, List<String> seen) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("READY")) {
                    // Keep draining so the launcher never blocks on a full pipe.
                    Thread drainer = new Thread(() -> drain(reader));
                    drainer.setDaemon(true);
                    drainer.start();
                    return line;
                }
                seen.add(line);
            }
            throw new IllegalStateException("launcher exited before READY:\n" + String.join("\n", seen));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // discard
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
