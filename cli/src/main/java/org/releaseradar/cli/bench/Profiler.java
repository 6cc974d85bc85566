package org.releaseradar.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * {@code --profile DIR}: JFR recordings ({@code profile} settings) of this JVM, which runs the streams
 * application and the Connect worker, and of the stack's servers (through {@code jcmd JFR.start}), from
 * the streams stage to the end. Does nothing without a directory.
 */
final class Profiler {

    private final Path dir;
    private final Map<String, Long> pids;
    private Recording own;

    Profiler(Path dir, Map<String, Long> pids) {
        this.dir = dir;
        this.pids = pids;
    }

    void start() throws Exception {
        if (dir == null) {
            return;
        }
        Files.createDirectories(dir);
        own = new Recording(Configuration.getConfiguration("profile"));
        own.setDestination(dir.resolve("bench.jfr"));
        own.start();
        long self = ProcessHandle.current().pid();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            if (e.getValue() != self) {
                jcmd(e.getValue(), "JFR.start", "name=radar-bench", "settings=profile",
                        "filename=" + dir.resolve(e.getKey().replace(' ', '-') + ".jfr").toAbsolutePath());
            }
        }
    }

    void stop() {
        if (own == null) {
            return;
        }
        long self = ProcessHandle.current().pid();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            if (e.getValue() != self) {
                jcmd(e.getValue(), "JFR.stop", "name=radar-bench");
            }
        }
        own.stop();
        own.close();
        own = null;
    }

    private static void jcmd(long pid, String... args) {
        String[] command = new String[args.length + 2];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        command[1] = Long.toString(pid);
        System.arraycopy(args, 0, command, 2, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // a server on another JDK may refuse; the others are still recorded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
