package org.releaseradar.stack.process;

import java.time.Duration;

/**
 * Polls a readiness check until it passes, the child exits, or the timeout runs out. A child that
 * never became ready is stopped before the failure is thrown: nobody else holds it then.
 */
public final class Readiness {

    private static final long POLL_MILLIS = 200;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /** A check that may throw while the service is still starting; {@code false} also means "not yet". */
    @FunctionalInterface
    public interface Check {
        boolean ready() throws Exception;
    }

    private Readiness() {
    }

    public static void await(ChildProcess child, Duration timeout, Check check) {
        try {
            poll(child, timeout, check);
        } catch (RuntimeException e) {
            child.stop(STOP_GRACE);
            throw e;
        }
    }

    private static void poll(ChildProcess child, Duration timeout, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastError = null;
        while (true) {
            if (!child.isAlive()) {
                throw child.failure("exited with code " + child.exitCodeOrNull() + " before it was ready");
            }
            try {
                if (check.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw child.failure("start was interrupted");
            } catch (Exception e) {
                lastError = e;
            }
            if (System.nanoTime() > deadline) {
                String last = lastError == null ? "" : " (last check: " + lastError + ")";
                throw child.failure("was not ready within " + timeout.toSeconds() + " s" + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw child.failure("start was interrupted");
            }
        }
    }
}
