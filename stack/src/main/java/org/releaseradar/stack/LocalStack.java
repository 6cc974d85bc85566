package org.releaseradar.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import org.releaseradar.stack.elasticsearch.ElasticsearchNode;
import org.releaseradar.stack.kafka.KafkaBroker;
import org.releaseradar.stack.process.ChildProcess;
import org.releaseradar.stack.process.JavaInstallation;
import org.releaseradar.stack.process.JdkDiscovery;
import org.releaseradar.stack.process.ParentWatchAgentJar;
import org.releaseradar.stack.registry.ApicurioRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded local stack: a KRaft Kafka broker, Apicurio Registry and Elasticsearch, each a child
 * JVM bound to 127.0.0.1 on free ports, all data under one directory.
 *
 * <p>Data directory layout:
 * <pre>
 * stack.lock                    held while a stack runs on this directory
 * logs/kafka.log, registry.log, elasticsearch.log
 * kafka/                        server.properties, log4j2.xml, cluster.id, data/
 * registry/                     db.mv.db (H2)
 * elasticsearch/                node_1/{config,data,logs}
 * run/parent-watch-agent.jar    java agent that ends a child when this JVM is gone
 * </pre>
 * Restarting on the same directory keeps topics, schemas (and their ids) and indices; ports change.
 *
 * <p>Stops its children on {@link #close()} and on JVM exit; if this JVM is killed outright, each
 * child notices its stdin closing and exits by itself.
 */
public final class LocalStack implements AutoCloseable {

    /** Env var naming the JDK (21+) to run Apicurio Registry with. */
    public static final String REGISTRY_JAVA_HOME_ENV = "RADAR_REGISTRY_JAVA_HOME";
    /** Env var naming the JDK (17..23) to run Elasticsearch with. */
    public static final String ELASTICSEARCH_JAVA_HOME_ENV = "RADAR_ELASTICSEARCH_JAVA_HOME";

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path dataDir;
    private final KafkaBroker kafka;
    private final ApicurioRegistry registry;
    // Not final: stopElasticsearch()/startElasticsearch() replace the node (same port, same data).
    private volatile ElasticsearchNode elasticsearch;
    private final DataDirLock lock;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalStack(Path dataDir, KafkaBroker kafka, ApicurioRegistry registry,
                       ElasticsearchNode elasticsearch, DataDirLock lock) {
        this.dataDir = dataDir;
        this.kafka = kafka;
        this.registry = registry;
        this.elasticsearch = elasticsearch;
        this.lock = lock;
        this.shutdownHook = new Thread(this::stopAll, "radar-local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the three services in parallel and returns when all are ready.
     *
     * @throws IllegalStateException if the data directory is in use or a JDK/distribution is missing
     * @throws org.releaseradar.stack.process.ServiceStartException if a service exits early or is not
     *         ready in time (the message holds the tail of its log)
     */
    public static LocalStack start(LocalStackOptions options) {
        long started = System.nanoTime();
        Path dataDir = options.dataDir();
        // Everything that can fail without starting a process is checked first.
        RuntimeLocations locations = RuntimeLocations.resolve().requireExisting();
        JavaInstallation registryJava = JdkDiscovery.onThisMachine(REGISTRY_JAVA_HOME_ENV)
                .require(21, Integer.MAX_VALUE, "Apicurio Registry 3.3.3");
        JavaInstallation elasticsearchJava = JdkDiscovery.onThisMachine(ELASTICSEARCH_JAVA_HOME_ENV)
                .require(17, 23, "Elasticsearch 7.10.2");
        Path ownJava = Path.of(System.getProperty("java.home"), "bin", "java");

        DataDirLock lock = DataDirLock.acquire(dataDir);
        Path logs = dataDir.resolve("logs");
        Path agent;
        try {
            agent = ParentWatchAgentJar.write(dataDir.resolve("run").resolve("parent-watch-agent.jar"));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        Duration timeout = options.readyTimeout();
        log.info("Starting the local stack in {} (registry on JDK {}, Elasticsearch on JDK {})",
                dataDir, registryJava.version(), elasticsearchJava.version());

        ExecutorService starters = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "radar-local-stack-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<KafkaBroker> kafka = timed(starters, "Kafka", () -> KafkaBroker.start(
                    dataDir.resolve("kafka"), logs.resolve("kafka.log"), ownJava, agent, options.kafkaHeap(), timeout),
                    b -> b.bootstrapServers());
            CompletableFuture<ApicurioRegistry> registry = timed(starters, "Apicurio Registry",
                    () -> ApicurioRegistry.start(locations.registryHome(),
                            dataDir.resolve("registry"), logs.resolve("registry.log"), registryJava.javaExecutable(), agent,
                            options.registryHeap(), timeout),
                    r -> r.baseUrl());
            CompletableFuture<ElasticsearchNode> elasticsearch = timed(starters, "Elasticsearch",
                    () -> ElasticsearchNode.start(locations.elasticsearchLib(), dataDir.resolve("elasticsearch"),
                            logs.resolve("elasticsearch.log"), elasticsearchJava.javaExecutable(), agent,
                            options.elasticsearchHeap(), timeout),
                    e -> e.url());
            RuntimeException failure = null;
            for (CompletableFuture<?> future : List.of(kafka, registry, elasticsearch)) {
                try {
                    future.join();
                } catch (CompletionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                // The services that did start must not outlive the failed start.
                List<Runnable> stops = new ArrayList<>();
                kafka.thenAccept(k -> stops.add(() -> k.stop(STOP_GRACE)));
                registry.thenAccept(r -> stops.add(() -> r.stop(STOP_GRACE)));
                elasticsearch.thenAccept(e -> stops.add(() -> e.stop(STOP_GRACE)));
                stops.forEach(Runnable::run);
                lock.close();
                throw failure;
            }
            LocalStack stack = new LocalStack(dataDir, kafka.join(), registry.join(), elasticsearch.join(), lock);
            StackEndpoints.of(stack).write(dataDir); // lets `radar search`/`radar stats` find this stack
            log.info("Local stack ready in {} s: Kafka {}, registry {}, Elasticsearch {}", seconds(started),
                    stack.kafkaBootstrapServers(), stack.registryBaseUrl(), stack.elasticsearchUrl());
            return stack;
        } finally {
            starters.shutdownNow();
        }
    }

    private static <T> CompletableFuture<T> timed(ExecutorService executor, String name, Supplier<T> start,
                                                  Function<T, String> address) {
        return CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            T service = start.get();
            log.info("{} ready at {} in {} s", name, address.apply(service), seconds(t0));
            return service;
        }, executor);
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    /** "127.0.0.1:PORT" */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The Confluent-compatible API of the registry: http://127.0.0.1:PORT/apis/ccompat/v7 */
    public String schemaRegistryUrl() {
        return registry.confluentCompatibleUrl();
    }

    /** The registry's root, for Apicurio-native clients: http://127.0.0.1:PORT */
    public String registryBaseUrl() {
        return registry.baseUrl();
    }

    /** http://127.0.0.1:PORT */
    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The child JVMs (Kafka, registry, Elasticsearch), e.g. to measure or watch them. */
    public List<ProcessHandle> processes() {
        return List.of(kafka.process().handle(), registry.process().handle(), elasticsearch.process().handle());
    }

    /**
     * Stops Elasticsearch alone (SIGTERM, as {@link #close()} does), keeping its data, e.g. for a test
     * of how a client rides out an outage. Idempotent.
     */
    public synchronized void stopElasticsearch() {
        elasticsearch.stop(STOP_GRACE);
        log.info("Elasticsearch at {} stopped", elasticsearch.url());
    }

    /**
     * Starts Elasticsearch again after {@link #stopElasticsearch()}, on the same port and data
     * directory, so {@link #elasticsearchUrl()} and the indices are as before; returns when it is
     * ready. Does nothing while it runs.
     */
    public synchronized void startElasticsearch() {
        if (closed.get()) {
            throw new IllegalStateException("the local stack in " + dataDir + " is closed");
        }
        if (elasticsearch.process().isAlive()) {
            return;
        }
        long t0 = System.nanoTime();
        elasticsearch = elasticsearch.startAgain();
        log.info("Elasticsearch ready again at {} in {} s", elasticsearch.url(), seconds(t0));
    }

    /** Stops the three services (SIGTERM, up to 20 s, then kill) and releases the data directory. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run stopAll().
        }
    }

    private void stopAll() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        StackEndpoints.delete(dataDir); // first, so no client picks a stack that is going away
        long t0 = System.nanoTime();
        List<ChildProcess> children = List.of(kafka.process(), registry.process(), elasticsearch.process());
        // In parallel: each may take its grace period.
        List<Thread> stoppers = new ArrayList<>();
        for (ChildProcess child : children) {
            Thread stopper = new Thread(() -> child.stop(STOP_GRACE), "radar-stop-" + child.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.close();
        log.info("Local stack in {} stopped in {} s", dataDir, seconds(t0));
    }
}
