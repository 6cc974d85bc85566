package org.releaseradar.stack.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server running in a child JVM, its output appended to a log file.
 *
 * <p>Its stdin stays a pipe held by this object and never written to: the child's
 * {@link ParentWatch} sees end-of-file when this JVM dies, however it dies.
 */
public final class ChildProcess {

    private static final int TAIL_LINES = 30;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final long logOffset;
    // Held, never written: closing it (or our death) tells the child's parent watch to exit.
    private final OutputStream stdin;

    private ChildProcess(String name, Process process, Path logFile, long logOffset) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.logOffset = logOffset;
        this.stdin = process.getOutputStream();
    }

    /** Starts {@code command} in {@code workingDir}, appending stdout and stderr to {@code logFile}. */
    public static ChildProcess start(String name, List<String> command, Path workingDir, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.createDirectories(workingDir);
            String header = "==== " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + System.lineSeparator();
            Files.writeString(logFile, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long offset = Files.size(logFile);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            return new ChildProcess(name, builder.start(), logFile, offset);
        } catch (IOException e) {
            throw new ServiceStartException("Cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** Where this run's output starts in the (appended) log file. */
    public long logOffset() {
        return logOffset;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        return LogTail.describe(logFile, TAIL_LINES);
    }

    /** A start failure carrying the log tail. */
    public ServiceStartException failure(String problem) {
        return new ServiceStartException(name + " " + problem + "; " + logTail());
    }

    /**
     * Asks the child to stop (SIGTERM, so its shutdown hooks run), waits up to {@code grace},
     * then kills it.
     */
    public void stop(Duration grace) {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            stdin.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit code, if the child has exited. */
    public Integer exitCodeOrNull() {
        return process.isAlive() ? null : process.exitValue();
    }
}
