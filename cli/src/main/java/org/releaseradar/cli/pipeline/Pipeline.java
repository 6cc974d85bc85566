package org.releaseradar.cli.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.releaseradar.connectors.common.polling.SourceCycles;
import org.releaseradar.connectors.slack.SlackSinkConnector;
import org.releaseradar.schemas.Topics;
import org.releaseradar.streams.runtime.StreamsRuntime;

/**
 * The whole pipeline in this JVM: the streams applications ({@link StreamsRuntime}), and a Connect
 * worker ({@link ConnectWorker}) running the source connectors of a {@link SourcePlan}, the
 * Elasticsearch sink and, with a webhook, the Slack sink. Kafka, the registry and Elasticsearch are
 * given ({@link PipelineEndpoints}): the local stack or external clusters.
 */
public final class Pipeline implements AutoCloseable {

    public static final String ELASTICSEARCH_SINK = "radar-elasticsearch";
    public static final String SLACK_SINK = "radar-slack";
    public static final String APPLICATION_ID = "radar-streams";

    /**
     * @param endpoints    where Kafka, the registry and Elasticsearch are
     * @param plan         the sources
     * @param slackWebhook the Slack incoming webhook alerts go to, if any
     * @param workDir      Connect's offsets file and the streams state live here (kept between runs)
     * @param rulesFile    the alert rules
     * @param once         each source is read once (a poll interval of an hour), not on its schedule
     * @param slackDigest  alerts up to this severity are posted as one digest message per this interval
     *                     (Slack takes one message a second per webhook: a first run's backlog of alerts
     *                     would otherwise take minutes); empty for one message per alert
     */
    public record Settings(PipelineEndpoints endpoints, SourcePlan plan, Optional<String> slackWebhook, Path workDir,
                           Path rulesFile, boolean once, Optional<SlackDigest> slackDigest) {
    }

    /** Slack digest settings: every {@code interval}, alerts of at most {@code maxSeverity} in one message. */
    public record SlackDigest(java.time.Duration interval, String maxSeverity) {
    }

    private final Settings settings;
    private final StreamsRuntime streams;
    private final ConnectWorker connect;
    private final List<String> sinks;

    private Pipeline(Settings settings, StreamsRuntime streams, ConnectWorker connect, List<String> sinks) {
        this.settings = settings;
        this.streams = streams;
        this.connect = connect;
        this.sinks = sinks;
    }

    /** Creates Radar's topics if missing, starts the streams applications, the worker and every connector. */
    public static Pipeline start(Settings settings) {
        SourceCycles.reset();
        PipelineEndpoints endpoints = settings.endpoints();
        Properties streamsConfig = new Properties();
        streamsConfig.putAll(endpoints.kafkaClient());
        endpoints.registryAuth().forEach(streamsConfig::put);
        streamsConfig.put("bootstrap.servers", endpoints.bootstrapServers());
        streamsConfig.put("schema.registry.url", endpoints.registryUrl());
        streamsConfig.put("application.id", APPLICATION_ID);
        streamsConfig.put("state.dir", settings.workDir().resolve("streams").toString());
        streamsConfig.put("radar.alerts.rules.file", settings.rulesFile().toString());
        streamsConfig.put(StreamsRuntime.TOPIC_PARTITIONS, "4");
        // Topics first (sources must not auto-create them), then the streams applications and the worker,
        // which each take seconds to start, side by side.
        StreamsRuntime.ensureTopics(streamsConfig);
        if (settings.slackWebhook().isPresent()) {
            ensureDeliveredTopic(endpoints);
        }
        java.util.concurrent.CompletableFuture<StreamsRuntime> starting =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> StreamsRuntime.start(streamsConfig));
        ConnectWorker connect = null;
        StreamsRuntime streams = null;
        try {
            connect = ConnectWorker.start(endpoints.bootstrapServers(), settings.workDir().resolve("connect.offsets"),
                    workerClientSettings(endpoints));
            streams = join(starting);
            Map<String, String> common = new HashMap<>(endpoints.registryAuth());
            common.put("schema.registry.url", endpoints.registryUrl());
            for (SourcePlan.ConnectorSpec spec : settings.plan().connectors(common, settings.once() ? 3_600_000L : null)) {
                connect.putConnector(spec.name(), spec.config());
            }
            List<String> sinks = new ArrayList<>();
            connect.putConnector(ELASTICSEARCH_SINK, elasticsearchSink(endpoints));
            sinks.add(ELASTICSEARCH_SINK);
            if (settings.slackWebhook().isPresent()) {
                connect.putConnector(SLACK_SINK, slackSink(endpoints, settings.slackWebhook().get(), settings.slackDigest()));
                sinks.add(SLACK_SINK);
            }
            return new Pipeline(settings, streams, connect, sinks);
        } catch (RuntimeException e) {
            if (connect != null) {
                connect.close();
            }
            if (streams != null) {
                streams.close();
            } else {
                starting.thenAccept(StreamsRuntime::close);
            }
            throw e;
        }
    }

    private static StreamsRuntime join(java.util.concurrent.CompletableFuture<StreamsRuntime> starting) {
        try {
            return starting.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The Slack sink creates its compacted delivered-log topic itself, but on a busy broker a topic created
     * seconds before the task reads it may not be in its metadata yet, and the task fails. Created here,
     * well before, it is.
     */
    private static void ensureDeliveredTopic(PipelineEndpoints endpoints) {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(endpoints.kafkaClientConfig())) {
            org.apache.kafka.clients.admin.NewTopic topic = new org.apache.kafka.clients.admin.NewTopic(
                    Topics.SLACK_DELIVERED, Optional.of(1), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(topic)).all().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create " + Topics.SLACK_DELIVERED + ": " + e.getCause().getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + Topics.SLACK_DELIVERED, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create " + Topics.SLACK_DELIVERED + " within 60 s", e);
        }
    }

    /** The worker's own clients get the security settings directly and with each client prefix. */
    private static Map<String, String> workerClientSettings(PipelineEndpoints endpoints) {
        Map<String, String> worker = new HashMap<>(endpoints.kafkaClient());
        endpoints.kafkaClient().forEach((k, v) -> {
            worker.put("producer." + k, v);
            worker.put("consumer." + k, v);
            worker.put("admin." + k, v);
        });
        return worker;
    }

    private static Map<String, String> elasticsearchSink(PipelineEndpoints endpoints) {
        return SinkConfigs.elasticsearch(endpoints.elasticsearch(), endpoints.registryUrl(), endpoints.registryAuth(),
                List.of(Topics.RELEASES, Topics.NEWS, Topics.STATS_ORIGIN_MONTH, Topics.STATS_ORG_MONTH, Topics.ALERTS));
    }

    private static Map<String, String> slackSink(PipelineEndpoints endpoints, String webhook,
                                                 Optional<SlackDigest> digest) {
        Map<String, String> sink = new HashMap<>(endpoints.registryAuth());
        sink.put("connector.class", SlackSinkConnector.class.getName());
        sink.put("topics", Topics.ALERTS);
        sink.put("schema.registry.url", endpoints.registryUrl());
        SinkConfigs.readsRadarTopics(sink);
        sink.put("delivered.bootstrap.servers", endpoints.bootstrapServers());
        endpoints.kafkaClient().forEach((k, v) -> sink.put("delivered.client." + k, v));
        sink.put("slack.webhook.url", webhook);
        digest.ifPresent(d -> {
            sink.put("slack.digest.interval.ms", Long.toString(d.interval().toMillis()));
            sink.put("slack.digest.max.severity", d.maxSeverity());
        });
        return sink;
    }

    public Settings settings() {
        return settings;
    }

    public StreamsRuntime streams() {
        return streams;
    }

    public ConnectWorker connect() {
        return connect;
    }

    /** The consumer groups whose lag says the pipeline is idle: both streams applications and every sink. */
    public Map<String, List<String>> consumerGroups() {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        List<String> ids = streams.applicationIds();
        groups.put(ids.get(0), List.of(Topics.ORGS, Topics.HF_MODELS, Topics.EPOCH_MODELS));
        for (String id : ids.subList(1, ids.size())) {
            // News linking reads radar.orgs as a GlobalKTable: a global consumer commits no group offsets.
            groups.put(id, List.of(Topics.NEWS_RAW));
        }
        for (String sink : sinks) {
            groups.put("connect-" + sink, sink.equals(SLACK_SINK) ? List.of(Topics.ALERTS)
                    : List.of(Topics.RELEASES, Topics.NEWS, Topics.STATS_ORIGIN_MONTH, Topics.STATS_ORG_MONTH, Topics.ALERTS));
        }
        return groups;
    }

    /** Every connector on the worker (sources first, then sinks). */
    public List<String> connectors() {
        List<String> names = new ArrayList<>(settings.plan().connectors(Map.of(), null).stream()
                .map(SourcePlan.ConnectorSpec::name).toList());
        names.addAll(sinks);
        return names;
    }

    /** Stops the worker first (sources stop producing, sinks commit), then the streams applications. */
    @Override
    public void close() {
        try {
            connect.close();
        } finally {
            streams.close();
        }
    }
}
