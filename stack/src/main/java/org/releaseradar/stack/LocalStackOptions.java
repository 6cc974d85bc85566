package org.releaseradar.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link LocalStack}.
 *
 * @param dataDir           the one directory holding every service's data and logs
 * @param readyTimeout      how long each service may take to become ready
 * @param kafkaHeap         heap of the Kafka JVM, as for {@code -Xmx} (e.g. "512m")
 * @param registryHeap      heap of the Apicurio Registry JVM
 * @param elasticsearchHeap heap of the Elasticsearch JVM
 */
public record LocalStackOptions(Path dataDir, Duration readyTimeout, String kafkaHeap, String registryHeap,
                                String elasticsearchHeap) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    public LocalStackOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        Objects.requireNonNull(kafkaHeap, "kafkaHeap");
        Objects.requireNonNull(registryHeap, "registryHeap");
        Objects.requireNonNull(elasticsearchHeap, "elasticsearchHeap");
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Defaults: 120 s ready timeout, Kafka 512m, registry 256m, Elasticsearch 512m. */
    public static LocalStackOptions of(Path dataDir) {
        return new LocalStackOptions(dataDir, DEFAULT_READY_TIMEOUT, "512m", "256m", "512m");
    }

    public LocalStackOptions withReadyTimeout(Duration timeout) {
        return new LocalStackOptions(dataDir, timeout, kafkaHeap, registryHeap, elasticsearchHeap);
    }

    public LocalStackOptions withHeaps(String kafka, String registry, String elasticsearch) {
        return new LocalStackOptions(dataDir, readyTimeout, kafka, registry, elasticsearch);
    }
}
