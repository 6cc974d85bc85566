package org.releaseradar.cli.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.releaseradar.connectors.epoch.EpochSourceConnector;
import org.releaseradar.connectors.feeds.FeedSourceConnector;
import org.releaseradar.connectors.feeds.FeedSourceTask;
import org.releaseradar.connectors.huggingface.HuggingFaceSourceConnector;
import org.releaseradar.connectors.huggingface.HuggingFaceSourceTask;
import org.releaseradar.connectors.orgs.OrgRegistrySourceConnector;
import org.releaseradar.schemas.Topics;

/**
 * The sources one pipeline run reads: the Hub (named authors, or the whole Hub back to a date), feeds,
 * Epoch's CSV and the org registry. Each becomes one source connector; each location it reads is
 * one expected read ({@link ExpectedRead}) the run waits for before it calls a source caught up.
 *
 * @param hub   the Hub listing, if the Hub is read
 * @param feeds feed URLs (none: no feed connector)
 * @param epoch Epoch's CSV (URL, file URL or path), if read
 * @param orgs  the org registry (URL, file URL or path); always read: attribution needs it
 */
public record SourcePlan(Optional<Hub> hub, List<String> feeds, Optional<String> epoch, String orgs) {

    /** Label under which the Epoch and org registry tasks record their reads (their PolledDocument labels). */
    static final String EPOCH_LABEL = "Epoch CSV";
    static final String ORGS_LABEL = "org registry";

    /**
     * @param baseUrl the Hub API's base URL
     * @param authors namespaces to follow; empty means the whole Hub back to {@code since}
     * @param since   oldest creation date (yyyy-MM-dd); required for the whole Hub
     */
    public record Hub(String baseUrl, List<String> authors, Optional<String> since) {
        public Hub {
            authors = List.copyOf(authors);
            if (authors.isEmpty() && since.isEmpty()) {
                throw new IllegalArgumentException("the whole Hub (--hf-all) needs --hf-since DATE");
            }
        }
    }

    /**
     * One location a source connector must have read (successfully, or failing after its retries) before
     * the run calls that source caught up.
     *
     * @param connector the connector's name
     * @param source    the label its task records reads under (see SourceCycles)
     * @param location  the location, or null when any location under the label counts (Epoch, registry:
     *                  one each, whose display form depends on how it was written)
     * @param display   how the report names it
     */
    public record ExpectedRead(String connector, String source, String location, String display) {
    }

    /** A connector to create: its name and configuration. */
    public record ConnectorSpec(String name, Map<String, String> config) {
    }

    public static final String HF = "radar-hf";
    public static final String FEEDS = "radar-feeds";
    public static final String EPOCH = "radar-epoch";
    public static final String ORGS = "radar-orgs";

    public SourcePlan {
        feeds = List.copyOf(feeds);
        if (hub.isEmpty() && feeds.isEmpty() && epoch.isEmpty()) {
            throw new IllegalArgumentException("no source to read");
        }
    }

    /**
     * The source connectors.
     *
     * @param common         settings every source gets (registry URL and auth)
     * @param pollIntervalMs each source's poll interval, or null for the connectors' defaults
     */
    public List<ConnectorSpec> connectors(Map<String, String> common, Long pollIntervalMs) {
        List<ConnectorSpec> specs = new ArrayList<>();
        specs.add(spec(ORGS, OrgRegistrySourceConnector.class, Topics.ORGS, common, pollIntervalMs,
                Map.of("orgs.csv.url", orgs)));
        hub.ifPresent(h -> {
            Map<String, String> own = new HashMap<>();
            own.put("hf.base.url", h.baseUrl());
            own.put("hf.page.size", "200");
            if (h.authors().isEmpty()) {
                own.put("hf.mode", "all");
            } else {
                own.put("hf.authors", String.join(",", h.authors()));
                own.put("tasks.max", "2");
            }
            h.since().ifPresent(s -> own.put("hf.since", s));
            specs.add(spec(HF, HuggingFaceSourceConnector.class, Topics.HF_MODELS, common, pollIntervalMs, own));
        });
        epoch.ifPresent(e -> specs.add(spec(EPOCH, EpochSourceConnector.class, Topics.EPOCH_MODELS, common,
                pollIntervalMs, Map.of("epoch.csv.url", e))));
        if (!feeds.isEmpty()) {
            specs.add(spec(FEEDS, FeedSourceConnector.class, Topics.NEWS_RAW, common, pollIntervalMs,
                    Map.of("feeds.urls", String.join(",", feeds))));
        }
        return specs;
    }

    /** Every location the run waits for. */
    public List<ExpectedRead> expectedReads() {
        List<ExpectedRead> reads = new ArrayList<>();
        reads.add(new ExpectedRead(ORGS, ORGS_LABEL, null, "org registry " + orgs));
        hub.ifPresent(h -> {
            if (h.authors().isEmpty()) {
                reads.add(new ExpectedRead(HF, HuggingFaceSourceTask.SOURCE_NAME,
                        HuggingFaceSourceTask.location(h.baseUrl(), Optional.empty()),
                        "Hugging Face Hub " + h.baseUrl() + " (whole Hub since " + h.since().orElseThrow() + ")"));
            } else {
                for (String author : h.authors()) {
                    reads.add(new ExpectedRead(HF, HuggingFaceSourceTask.SOURCE_NAME,
                            HuggingFaceSourceTask.location(h.baseUrl(), Optional.of(author)),
                            "Hugging Face Hub " + h.baseUrl() + " author " + author));
                }
            }
        });
        epoch.ifPresent(e -> reads.add(new ExpectedRead(EPOCH, EPOCH_LABEL, null, "Epoch CSV " + e)));
        for (String feed : feeds) {
            reads.add(new ExpectedRead(FEEDS, FeedSourceTask.SOURCE_NAME, feed, "feed " + feed));
        }
        return reads;
    }

    private static ConnectorSpec spec(String name, Class<?> connector, String topic, Map<String, String> common,
                                      Long pollIntervalMs, Map<String, String> own) {
        Map<String, String> config = new HashMap<>(common);
        config.putAll(own);
        config.put("connector.class", connector.getName());
        config.putIfAbsent("tasks.max", "1");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("topic", topic);
        if (pollIntervalMs != null) {
            config.put("poll.interval.ms", Long.toString(pollIntervalMs));
        }
        return new ConnectorSpec(name, config);
    }
}
