package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class LocalStackIT {

    private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"radar.it\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

    private final ServiceProbes probes;

    LocalStackIT(LocalStack stack) {
        this.probes = new ServiceProbes(stack);
    }

    @Test
    void everyServiceListensOnLoopbackAndLogsToTheDataDirectory(LocalStack stack) {
        assertThat(stack.kafkaBootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(stack.registryBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(stack.schemaRegistryUrl()).isEqualTo(stack.registryBaseUrl() + "/apis/ccompat/v7");
        assertThat(stack.elasticsearchUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        for (String log : new String[] {"kafka.log", "registry.log", "elasticsearch.log"}) {
            assertThat(Files.isRegularFile(stack.dataDir().resolve("logs").resolve(log))).as(log).isTrue();
        }
    }

    @Test
    void kafkaDeliversARecord() throws Exception {
        probes.produce("it.probe", "k", "hello");

        assertThat(probes.consume("it.probe", 1)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("hello"));
    }

    @Test
    void theRegistryRegistersASchemaWithBackwardCompatibility() throws Exception {
        int id = probes.registerSchema("it.probe-value", SCHEMA);

        assertThat(probes.schemaById(id).statusCode()).isEqualTo(200);
        assertThat(probes.registerSchema("it.other-value", SCHEMA)).as("same schema, same id").isEqualTo(id);
        assertThat(probes.compatibility().body()).contains("BACKWARD");
    }

    @Test
    void elasticsearchIndexesAndReturnsADocument() throws Exception {
        assertThat(probes.index("it-probe", "1", "{\"name\":\"probe\"}").statusCode()).isIn(200, 201);

        assertThat(probes.get("it-probe", "1").body()).contains("\"found\":true").contains("\"name\":\"probe\"");
    }
}
