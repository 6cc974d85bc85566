package org.releaseradar.connectors.common.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private final DeadLetters deadLetters = new DeadLetters("radar.dlq", "huggingface", 1_024,
            Clock.fixed(Instant.parse("2025-07-28T10:00:00Z"), ZoneOffset.UTC));

    private static String header(SourceRecord r, String name) {
        Header h = r.headers().lastWithName(name);
        return h == null ? null : (String) h.value();
    }

    @Test
    void carriesTheOriginalBytesAndTheReasonInHeaders() {
        byte[] item = "{\"modelId\":\"no-id\"}".getBytes(StandardCharsets.UTF_8);

        SourceRecord r = deadLetters.record(Map.of("author", "Qwen"), Map.of("created_at", 1L), "Qwen/bad",
                item, "http://127.0.0.1/api/models?author=Qwen", "item has no 'id'", new IllegalArgumentException("x"));

        assertThat(r.topic()).isEqualTo("radar.dlq");
        assertThat(r.key()).isEqualTo("Qwen/bad");
        assertThat((byte[]) r.value()).isEqualTo(item);
        assertThat(r.sourcePartition()).isEqualTo(Map.of("author", "Qwen"));
        assertThat(header(r, DeadLetterHeaders.SOURCE)).isEqualTo("huggingface");
        assertThat(header(r, DeadLetterHeaders.URL)).isEqualTo("http://127.0.0.1/api/models?author=Qwen");
        assertThat(header(r, DeadLetterHeaders.REASON)).isEqualTo("item has no 'id'");
        assertThat(header(r, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(r, DeadLetterHeaders.TIMESTAMP)).isEqualTo("2025-07-28T10:00:00Z");
        assertThat(header(r, DeadLetterHeaders.TRUNCATED)).isNull();
    }

    @Test
    void truncatesOversizedInputAndSaysSo() {
        byte[] huge = new byte[5_000];

        SourceRecord r = deadLetters.record(Map.of(), Map.of(), null, huge, "u", "field over 1 MB", null);

        assertThat((byte[]) r.value()).hasSize(1_024);
        assertThat(header(r, DeadLetterHeaders.TRUNCATED)).isEqualTo("true");
        assertThat(header(r, DeadLetterHeaders.ORIGINAL_SIZE)).isEqualTo("5000");
        assertThat(header(r, DeadLetterHeaders.ERROR_CLASS)).isNull();
    }
}
