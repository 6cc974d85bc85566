package org.releaseradar.stack.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends this JVM when the parent that started it is gone, even if the parent was SIGKILLed and
 * never got to stop its children.
 *
 * <p>The parent keeps our stdin as a pipe and never writes to it; the operating system closes the
 * pipe when the parent dies, so reading stdin returns end-of-file. Runs as a java agent
 * ({@code Premain-Class}) in children whose main class is not ours, which is why this class is
 * self-contained (no nested classes, no dependencies): {@link ParentWatchAgentJar} copies only
 * its bytes into the agent jar.
 */
public final class ParentWatch {

    /** How long shutdown hooks get before the JVM is halted regardless. */
    private static final long HALT_AFTER_MILLIS = 15_000;

    private ParentWatch() {
    }

    /** Java agent entry point. */
    public static void premain(String agentArgs) {
        start();
    }

    /** Starts the watch on a daemon thread; returns at once. */
    public static void start() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // The parent never writes; anything read is ignored.
                }
            } catch (IOException e) {
                // A broken pipe means the parent is gone too.
            }
            exit();
        }, "radar-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void exit() {
        // Also reached on a normal stop: Process.destroy() closes our stdin right after its SIGTERM.
        System.err.println("[radar-parent-watch] stdin closed (parent stopping us or gone), exiting");
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(2);
        }, "radar-parent-watch-halt");
        halter.setDaemon(true);
        halter.start();
        try {
            System.exit(0);
        } catch (SecurityException e) {
            // Elasticsearch may install a SecurityManager that forbids exit.
            Runtime.getRuntime().halt(2);
        }
    }
}
