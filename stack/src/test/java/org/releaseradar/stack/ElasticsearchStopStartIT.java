package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Elasticsearch alone stopped and started again: same URL, same documents, the rest of the stack untouched. */
@ExtendWith(LocalStackExtension.class)
class ElasticsearchStopStartIT {

    @Test
    void comesBackOnTheSamePortWithItsData(LocalStack stack) throws Exception {
        ServiceProbes probes = new ServiceProbes(stack);
        String url = stack.elasticsearchUrl();
        assertThat(probes.index("stop-start", "1", "{\"name\":\"kept\"}").statusCode()).isIn(200, 201);
        long kafkaPid = stack.processes().get(0).pid();

        try {
            stack.stopElasticsearch();
            assertThatThrownBy(() -> probes.get("stop-start", "1")).as("nothing listens while stopped")
                    .isInstanceOf(IOException.class);
            stack.stopElasticsearch(); // idempotent
        } finally {
            stack.startElasticsearch(); // other tests share this stack
        }

        assertThat(stack.elasticsearchUrl()).isEqualTo(url);
        assertThat(probes.get("stop-start", "1").body()).contains("\"found\":true").contains("kept");
        assertThat(stack.processes().get(0).pid()).as("Kafka kept running").isEqualTo(kafkaPid);
        assertThat(stack.processes().get(2).isAlive()).isTrue();
        stack.startElasticsearch(); // running already: nothing happens
        assertThat(stack.elasticsearchUrl()).isEqualTo(url);
    }
}
