package org.releaseradar.search.index;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample documents shaped as issue 5 says the ES sink writes them: the Avro record with its Avro
 * field names; timestamp-millis as an ISO-8601 UTC string, Avro date as "yyyy-MM-dd", enums as
 * their symbol, maps as objects, arrays as arrays, nested records as objects, null as null.
 */
final class Documents {

    private Documents() {
    }

    static Map<RadarIndex, Map<String, Object>> all() {
        Map<RadarIndex, Map<String, Object>> docs = new EnumMap<>(RadarIndex.class);
        docs.put(RadarIndex.RELEASES, release("Qwen/Qwen2.5-7B-Instruct"));
        docs.put(RadarIndex.NEWS, news());
        docs.put(RadarIndex.STATS, originMonthStats());
        docs.put(RadarIndex.ORG_STATS, orgMonthStats());
        docs.put(RadarIndex.ALERTS, alert());
        return docs;
    }

    /** The document id: the Kafka record key of its topic. */
    static String id(RadarIndex index, Map<String, Object> doc) {
        return switch (index) {
            case RELEASES -> (String) doc.get("repo_id");
            case NEWS, ALERTS -> (String) doc.get("id");
            case STATS -> doc.get("origin") + "|" + doc.get("month");
            case ORG_STATS -> doc.get("org") + "|" + doc.get("month");
        };
    }

    /** A ModelRelease; a repo id containing "GGUF" is a quantized derivative of Qwen2.5-7B-Instruct. */
    static Map<String, Object> release(String repoId) {
        boolean derivative = repoId.contains("GGUF");
        String namespace = repoId.substring(0, repoId.indexOf('/')).toLowerCase();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("repo_id", repoId);
        d.put("source", "HUGGING_FACE");
        d.put("author", namespace);
        d.put("organization_id", derivative ? null : "alibaba-qwen");
        d.put("organization_name", derivative ? null : "Alibaba Qwen");
        d.put("organization_kind", derivative ? "UNKNOWN" : "BIG_TECH");
        d.put("origin_country", derivative ? "UNKNOWN" : "CN");
        d.put("origin_bloc", derivative ? "UNKNOWN" : "CN");
        d.put("released_at", "2024-09-16T11:20:34Z");
        d.put("date_basis", "HUB_CREATED_AT");
        d.put("month", "2024-09");
        d.put("hub_created_at", "2024-09-16T11:20:34Z");
        d.put("created_at_is_placeholder", false);
        d.put("publication_date", derivative ? null : "2024-09-19");
        d.put("last_modified", "2025-01-12T02:10:05Z");
        d.put("downloads", 1_234_567L);
        d.put("downloads_all_time", 45_678_901L);
        d.put("likes", 812L);
        d.put("pipeline_tag", "text-generation");
        d.put("library_name", derivative ? "gguf" : "transformers");
        d.put("tags", List.of("transformers", "safetensors", "qwen2", "conversational", "license:apache-2.0"));
        d.put("license", "apache-2.0");
        d.put("openness", "OPEN_WEIGHTS_PERMISSIVE");
        d.put("gated", false);
        d.put("parameter_count", 7_615_616_512L);
        d.put("size_class", "SMALL");
        d.put("relation", derivative ? "QUANTIZED" : "BASE");
        d.put("base_models", derivative ? List.of("Qwen/Qwen2.5-7B-Instruct") : List.of());
        d.put("base_organization_id", derivative ? "alibaba-qwen" : null);
        d.put("base_origin_country", derivative ? "CN" : null);
        d.put("base_origin_bloc", derivative ? "CN" : null);
        d.put("epoch_model", derivative ? null : "Qwen2.5-7B-Instruct");
        d.put("updated_at", "2025-07-14T09:30:00Z");
        d.put("modality", "TEXT");
        d.put("epoch_match", derivative ? null : "exact-name");
        return d;
    }

    static Map<String, Object> news() {
        Map<String, Object> mention = new LinkedHashMap<>();
        mention.put("kind", "MODEL");
        mention.put("name", "Qwen2.5");
        mention.put("organization_id", "alibaba-qwen");
        mention.put("repo_id", "Qwen/Qwen2.5-7B-Instruct");
        mention.put("origin_country", "CN");
        mention.put("origin_bloc", "CN");
        mention.put("snippet", "… the Qwen2.5 models were released under Apache 2.0 …");
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("kind", "ORG");
        org.put("name", "Mistral AI");
        org.put("organization_id", "mistralai");
        org.put("repo_id", null);
        org.put("origin_country", "FR");
        org.put("origin_bloc", "EU");
        org.put("snippet", null);

        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", "a1b2c3d4e5f6");
        d.put("feed_url", "https://example.org/ai/feed.xml");
        d.put("feed_title", "Example AI News");
        d.put("url", "https://example.org/ai/2024/09/qwen-2-5");
        d.put("title", "Alibaba released Qwen2.5, and Mistral answers");
        d.put("summary", "Open weights for a family of models from 0.5B to 72B parameters.");
        d.put("published_at", "2024-09-19T08:00:00Z");
        d.put("fetched_at", "2024-09-19T08:05:12Z");
        d.put("month", "2024-09");
        d.put("authors", List.of("A. Writer"));
        d.put("categories", List.of("Open models"));
        d.put("mentions", List.of(mention, org));
        d.put("origins", List.of("CN", "FR"));
        d.put("origin_blocs", List.of("CN", "EU"));
        d.put("linked_at", "2024-09-19T08:05:13Z");
        return d;
    }

    static Map<String, Object> originMonthStats() {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("repo_id", "Qwen/Qwen2.5-7B-Instruct");
        top.put("downloads_all_time", 45_678_901L);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("origin", "CN");
        d.put("origin_level", "COUNTRY");
        d.put("month", "2024-09");
        d.put("mainline_releases", 41L);
        d.put("derivatives", 17L);
        d.put("finetunes", 9L);
        d.put("quantized", 5L);
        d.put("adapters", 2L);
        d.put("merges", 1L);
        d.put("other_derivatives", 0L);
        d.put("distinct_organizations", 2L);
        d.put("organizations", List.of("alibaba-qwen", "deepseek"));
        d.put("downloads_all_time", 98_765_432L);
        d.put("derivatives_by_base_origin", Map.of("CN", 30L, "US", 12L, "UNKNOWN", 4L));
        d.put("top_models", List.of(top));
        d.put("news_articles", 3L);
        d.put("derivative_base_origins", Map.of("CN", 15L, "US", 2L));
        d.put("updated_at", "2025-07-14T09:30:00Z");
        return d;
    }

    static Map<String, Object> orgMonthStats() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("org", "alibaba-qwen");
        d.put("organization_id", "alibaba-qwen");
        d.put("organization_name", "Alibaba Qwen");
        d.put("origin_country", "CN");
        d.put("origin_bloc", "CN");
        d.put("month", "2024-09");
        d.put("mainline_releases", 40L);
        d.put("derivatives", 0L);
        d.put("finetunes", 0L);
        d.put("quantized", 0L);
        d.put("adapters", 0L);
        d.put("merges", 0L);
        d.put("other_derivatives", 0L);
        d.put("downloads_all_time", 90_000_000L);
        d.put("updated_at", "2024-09-16T11:20:34Z");
        return d;
    }

    static Map<String, Object> alert() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", "origin-share-shift|CN|2025-07");
        d.put("rule", "origin-share-shift");
        d.put("severity", "WARNING");
        d.put("title", "CN share of new derivatives rose from 10% to 70%");
        d.put("text", "Derivatives built on CN base models: 70% of 2025-07, 10% of 2025-06.");
        d.put("facts", Map.of("share_before", "0.10", "share_after", "0.70"));
        d.put("links", List.of("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct"));
        d.put("origin", "CN");
        d.put("organization", null);
        d.put("month", "2025-07");
        d.put("created_at", "2025-08-01T00:00:05Z");
        return d;
    }
}
