package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** A stack stopped and started again on the same data directory still has everything it had. */
class LocalStackRestartIT {

    private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Kept\",\"namespace\":\"radar.it\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS, factory = ItDataDirFactory.class)
    Path dataDir;

    @Test
    void keepsRecordsSchemasAndDocumentsAcrossARestart() throws Exception {
        int schemaId;
        String firstBootstrap;
        String clusterId;
        try (LocalStack stack = LocalStack.start(LocalStackOptions.of(dataDir))) {
            ServiceProbes probes = new ServiceProbes(stack);
            // Another schema first, so the kept id is not just the first id a fresh registry hands out.
            probes.registerSchema("restart.first-value", SCHEMA.replace("Kept", "First"));
            schemaId = probes.registerSchema("restart.kept-value", SCHEMA);
            probes.createTopic("restart.kept");
            probes.produce("restart.kept", "k", "survives");
            assertThat(probes.index("restart-kept", "1", "{\"name\":\"kept\"}").statusCode()).isIn(200, 201);
            firstBootstrap = stack.kafkaBootstrapServers();
            clusterId = Files.readString(dataDir.resolve("kafka/cluster.id")).trim();

            assertThatThrownBy(() -> LocalStack.start(LocalStackOptions.of(dataDir)))
                    .as("a second stack on the same data directory")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another local stack");
        }

        try (LocalStack stack = LocalStack.start(LocalStackOptions.of(dataDir))) {
            ServiceProbes probes = new ServiceProbes(stack);
            assertThat(Files.readString(dataDir.resolve("kafka/cluster.id")).trim()).isEqualTo(clusterId);
            assertThat(probes.consume("restart.kept", 1)).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("survives"));
            assertThat(probes.schemaById(schemaId).body()).contains("Kept");
            assertThat(probes.registerSchema("restart.kept-value", SCHEMA)).isEqualTo(schemaId);
            assertThat(probes.get("restart-kept", "1").body()).contains("\"found\":true");
            assertThat(stack.kafkaBootstrapServers()).as("ports are chosen anew (informational)").isNotNull();
            System.out.println("bootstrap before " + firstBootstrap + ", after " + stack.kafkaBootstrapServers());
        }
    }

}
