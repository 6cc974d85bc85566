package org.releaseradar.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a running local stack answers, advertised in its data directory as {@value #FILE_NAME} so that
 * other processes ({@code radar search}, {@code radar stats}) find it without being told the ports, which
 * change on every start.
 *
 * <p>The file is written when {@link LocalStack#start} has every service ready and deleted when the stack
 * stops. A stack killed outright cannot delete it, so {@link #read} trusts it only while the process that
 * wrote it is alive (same pid and, where the OS reports it, the same start time, so a recycled pid is not
 * mistaken for the stack).
 *
 * @param kafkaBootstrapServers "127.0.0.1:PORT"
 * @param schemaRegistryUrl     the registry's Confluent-compatible API, http://127.0.0.1:PORT/apis/ccompat/v7
 * @param elasticsearchUrl      http://127.0.0.1:PORT
 * @param pid                   the process that runs the stack
 * @param processStart          when that process started, or null when the OS does not say
 */
public record StackEndpoints(String kafkaBootstrapServers, String schemaRegistryUrl, String elasticsearchUrl,
                             long pid, Instant processStart) {

    public static final String FILE_NAME = "endpoints.properties";

    private static final Logger log = LoggerFactory.getLogger(StackEndpoints.class);

    private static final String KAFKA = "kafka.bootstrap.servers";
    private static final String REGISTRY = "schema.registry.url";
    private static final String ELASTICSEARCH = "elasticsearch.url";
    private static final String PID = "pid";
    private static final String PROCESS_START = "process.start";

    public StackEndpoints {
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(schemaRegistryUrl, "schemaRegistryUrl");
        Objects.requireNonNull(elasticsearchUrl, "elasticsearchUrl");
    }

    /** The endpoints of {@code stack}, run by this process. */
    static StackEndpoints of(LocalStack stack) {
        ProcessHandle self = ProcessHandle.current();
        return new StackEndpoints(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(), stack.elasticsearchUrl(),
                self.pid(), self.info().startInstant().orElse(null));
    }

    /** The file in {@code dataDir} that holds them. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Writes the file atomically (a reader sees the old file, no file, or the whole new one). A failure is
     * logged, not thrown: the stack itself works without it, only other processes will not find it.
     */
    void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty(KAFKA, kafkaBootstrapServers);
        p.setProperty(REGISTRY, schemaRegistryUrl);
        p.setProperty(ELASTICSEARCH, elasticsearchUrl);
        p.setProperty(PID, Long.toString(pid));
        if (processStart != null) {
            p.setProperty(PROCESS_START, processStart.toString());
        }
        Path target = file(dataDir);
        Path temp = dataDir.resolve(FILE_NAME + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Endpoints of the local stack running in this directory; deleted when it stops.");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("Cannot write {}: other radar commands will not find this stack ({})", target, e.toString());
        }
    }

    /** Deletes the file, if any; called as the stack stops. */
    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(file(dataDir));
        } catch (IOException e) {
            // A leftover file is harmless: read() ignores it once this process is gone.
            log.debug("Cannot delete {}", file(dataDir), e);
        }
    }

    /**
     * The endpoints of the stack running in {@code dataDir}, or empty when none runs there: no file, an
     * unreadable or incomplete file, or a file whose process is gone (a stack that was killed).
     */
    public static Optional<StackEndpoints> read(Path dataDir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(dataDir), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            log.debug("Ignoring unreadable {}", file(dataDir), e);
            return Optional.empty();
        }
        StackEndpoints endpoints;
        try {
            String start = p.getProperty(PROCESS_START);
            endpoints = new StackEndpoints(p.getProperty(KAFKA), p.getProperty(REGISTRY), p.getProperty(ELASTICSEARCH),
                    Long.parseLong(p.getProperty(PID, "")), start == null ? null : Instant.parse(start));
        } catch (NullPointerException | NumberFormatException | DateTimeParseException e) {
            log.debug("Ignoring incomplete {}", file(dataDir), e);
            return Optional.empty();
        }
        return endpoints.isAlive() ? Optional.of(endpoints) : Optional.empty();
    }

    /** True while the process that wrote these endpoints runs. */
    public boolean isAlive() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (processStart == null) {
            return true;
        }
        // A pid is recycled after its process ends; the start time tells the two apart.
        return process.get().info().startInstant().map(processStart::equals).orElse(true);
    }
}
