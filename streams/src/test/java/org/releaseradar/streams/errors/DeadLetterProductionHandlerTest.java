package org.releaseradar.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.DeadLetterHeaders;
import org.releaseradar.schemas.Topics;

class DeadLetterProductionHandlerTest {

    private static final byte[] SOURCE_KEY = "zai-org/GLM-4.5".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SOURCE_VALUE = {0, 0, 0, 0, 7, 1, 2, 3};

    /** The context of a record read from radar.hf.models partition 2, offset 41. */
    private static final ErrorHandlerContext CONTEXT = new ErrorHandlerContext() {
        public String topic() { return Topics.HF_MODELS; }
        public int partition() { return 2; }
        public long offset() { return 41; }
        public Headers headers() { return new RecordHeaders(); }
        public String processorNodeId() { return "enrich-releases-sink"; }
        public TaskId taskId() { return new TaskId(0, 2); }
        public long timestamp() { return 1_753_689_600_000L; }
        public byte[] sourceRawKey() { return SOURCE_KEY; }
        public byte[] sourceRawValue() { return SOURCE_VALUE; }
    };

    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();

    DeadLetterProductionHandlerTest() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ));
    }

    @Test
    void aResultThatDoesNotSerializeGoesToTheDeadLetterTopicAndProcessingResumes() {
        Response response = handler.handleSerializationError(CONTEXT,
                new ProducerRecord<>(Topics.RELEASES, "zai-org/GLM-4.5", "not a ModelRelease"),
                new SerializationException("schema registry refused the schema"), SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertLetter(response.deadLetterQueueRecords(), "schema registry refused the schema");
    }

    @Test
    void aRecordTheBrokerRefusesForGoodGoesToTheDeadLetterTopic() {
        Response response = handler.handleError(CONTEXT,
                new ProducerRecord<>(Topics.RELEASES, SOURCE_KEY, new byte[8]),
                new RecordTooLargeException("the message is 2000000 bytes"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertLetter(response.deadLetterQueueRecords(), "2000000 bytes");
    }

    @Test
    void aTransientSendErrorIsNotDeadLettered() {
        Response response = handler.handleError(CONTEXT,
                new ProducerRecord<>(Topics.RELEASES, SOURCE_KEY, new byte[8]), new TimeoutException("broker slow"));

        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(response.result()).isNotEqualTo(Result.RESUME);
    }

    private static void assertLetter(List<ProducerRecord<byte[], byte[]>> letters, String reason) {
        assertThat(letters).hasSize(1);
        ProducerRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(letter.topic()).isEqualTo(Topics.DLQ);
        assertThat(letter.key()).isEqualTo(SOURCE_KEY);
        assertThat(letter.value()).isEqualTo(SOURCE_VALUE);
        assertThat(header(letter, DeadLetterHeaders.SOURCE)).isEqualTo("streams:enrich-releases-sink");
        assertThat(header(letter, DeadLetterHeaders.URL)).isEqualTo(Topics.HF_MODELS + "/2@41");
        assertThat(header(letter, DeadLetterHeaders.REASON)).contains(reason);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
