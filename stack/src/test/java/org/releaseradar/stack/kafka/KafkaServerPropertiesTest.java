package org.releaseradar.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    private final KafkaServerProperties server = new KafkaServerProperties(19092, 19093, Path.of("/data dir/kafka=x/data"), 4);

    @Test
    void rendersASingleNodeOnLoopback() throws IOException {
        Properties p = parse(server.render());

        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(p.getProperty("num.partitions")).isEqualTo("4");
    }

    @Test
    void everyReplicationSettingIsOne() throws IOException {
        Properties p = parse(server.render());

        for (String key : new String[] {"offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "share.coordinator.state.topic.replication.factor",
                "share.coordinator.state.topic.min.isr", "default.replication.factor", "min.insync.replicas"}) {
            assertThat(p.getProperty(key)).as(key).isEqualTo("1");
        }
        assertThat(p.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
    }

    @Test
    void pathsSurviveEscaping() throws IOException {
        assertThat(parse(server.render()).getProperty("log.dirs")).isEqualTo("/data dir/kafka=x/data");
    }

    private static Properties parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }
}
