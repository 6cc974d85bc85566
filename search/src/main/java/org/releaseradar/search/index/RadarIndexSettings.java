package org.releaseradar.search.index;

import co.elastic.clients.elasticsearch.indices.IndexSettings;

/** Settings shared by all of Radar's indices: shard layout and the analyzers the mappings name. */
final class RadarIndexSettings {

    private RadarIndexSettings() {
    }

    static IndexSettings settings() {
        return IndexSettings.of(s -> s
                // Radar's indices are small (thousands to a few million documents): one shard.
                .numberOfShards("1")
                // A replica where there is a second node, none on a single node (the local
                // stack), so a one-node cluster is green rather than yellow.
                .autoExpandReplicas("0-1")
                .analysis(a -> a.analyzer(Fields.MODEL_NAME_ANALYZER, an -> an.custom(c -> c
                        // whitespace, not standard: the standard tokenizer would already split on
                        // '/', '.' and '-' and drop the punctuation word_delimiter_graph splits on.
                        .tokenizer("whitespace")
                        // Splits on non-alphanumerics, case changes and letter/digit boundaries:
                        // Qwen/Qwen2.5-7B-Instruct -> Qwen, Qwen, 2, 5, 7, B, Instruct.
                        .filter("word_delimiter_graph", "lowercase")))));
    }
}
