package org.releaseradar.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.registry.HttpSchemaRegistry;
import org.releaseradar.schemas.registry.IncompatibleSchemaException;
import org.releaseradar.schemas.registry.RegisteredSchema;
import org.releaseradar.schemas.registry.RegistryConfig;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.LocalStackExtension;

/** Avro records through the real broker and the real schema registry (Apicurio, Confluent API). */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvroSerdeRoundTripIT {

    private static final int RECORDS = 10_000;

    private String bootstrap;
    private String registryUrl;
    private HttpSchemaRegistry registry;

    @BeforeAll
    void connect(LocalStack stack) {
        bootstrap = stack.kafkaBootstrapServers();
        registryUrl = String.valueOf(stack.schemaRegistryUrl());
        registry = new HttpSchemaRegistry(RegistryConfig.of(registryUrl));
    }

    @Test
    void tenThousandSnapshotsRoundTripEqualThroughBrokerAndRegistry() throws Exception {
        String topic = "it.hf.models." + UUID.randomUUID();
        createTopic(topic, 3);
        Map<String, ModelSnapshot> sent = new HashMap<>();
        Instant base = Instant.parse("2024-06-01T00:00:00Z");
        for (int i = 0; i < RECORDS; i++) {
            ModelSnapshot s = ModelSnapshot.newBuilder()
                    .setRepoId("org-" + (i % 97) + "/model-" + i)
                    .setAuthor("org-" + (i % 97))
                    .setCreatedAt(base.plus(i, ChronoUnit.MINUTES))
                    .setCreatedAtIsPlaceholder(i % 500 == 0)
                    .setDownloads(i * 7L).setDownloadsAllTime(i * 31L).setLikes(i % 13)
                    .setPipelineTag(i % 3 == 0 ? "text-generation" : null)
                    .setTags(List.of("license:apache-2.0", "region:us"))
                    .setLicense("apache-2.0")
                    .setBaseModels(i % 2 == 0 ? List.of() : List.of("Qwen/Qwen3-8B"))
                    .setBaseModelRelation(i % 2 == 0 ? null : "finetune")
                    .setParameterCount(i % 5 == 0 ? null : 8_000_000_000L + i)
                    .setPolledAt(base.plus(i, ChronoUnit.SECONDS))
                    .build();
            sent.put(s.getRepoId(), s);
        }

        Map<String, Object> serdeConfig = Map.of(RegistryConfig.URL, registryUrl);
        try (AvroSerde<ModelSnapshot> serde = RadarSerdes.specific(ModelSnapshot.class, serdeConfig, false);
             KafkaProducer<String, ModelSnapshot> producer = new KafkaProducer<>(producerProps(),
                     new StringSerializer(), serde.serializer())) {
            for (ModelSnapshot s : sent.values()) {
                producer.send(new ProducerRecord<>(topic, s.getRepoId(), s));
            }
            producer.flush();
        }

        Map<String, ModelSnapshot> received = new HashMap<>();
        try (AvroSerde<ModelSnapshot> serde = RadarSerdes.specific(ModelSnapshot.class,
                Map.of(RegistryConfig.URL, registryUrl, "specific.avro.reader", true), false);
             KafkaConsumer<String, ModelSnapshot> consumer = new KafkaConsumer<>(consumerProps(),
                     new StringDeserializer(), serde.deserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < RECORDS && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, ModelSnapshot> r : consumer.poll(Duration.ofMillis(500))) {
                    received.put(r.key(), r.value());
                }
            }
        }
        assertThat(received).hasSize(RECORDS);
        assertThat(received).isEqualTo(sent);

        // The subject and its version are in the registry, and the records carry its id.
        String subject = topic + "-value";
        assertThat(registry.subjects()).contains(subject);
        RegisteredSchema latest = registry.latest(subject);
        assertThat(latest.version()).isEqualTo(1);
        assertThat(latest.schema()).isEqualTo(ModelSnapshot.getClassSchema());
        assertThat(registry.versions(subject)).containsExactly(1);

        try (KafkaConsumer<byte[], byte[]> raw = new KafkaConsumer<>(consumerProps(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            raw.subscribe(List.of(topic));
            List<byte[]> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                raw.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            ByteBuffer wire = ByteBuffer.wrap(values.get(0));
            assertThat(wire.get()).as("magic byte").isEqualTo((byte) 0);
            assertThat(wire.getInt()).as("schema id").isEqualTo(latest.id());
        }
    }

    @Test
    void incompatibleSchemaChangeIsRejectedWithAClearError() {
        String subject = "it.compat." + UUID.randomUUID() + "-value";
        Schema v1 = SchemaBuilder.record("Probe").namespace("org.releaseradar.it").fields()
                .requiredString("repo_id").endRecord();
        Schema v2Compatible = SchemaBuilder.record("Probe").namespace("org.releaseradar.it").fields()
                .requiredString("repo_id").name("likes").type().longType().longDefault(0).endRecord();
        Schema v3Incompatible = SchemaBuilder.record("Probe").namespace("org.releaseradar.it").fields()
                .requiredString("repo_id").name("likes").type().longType().longDefault(0)
                .requiredString("origin_country").endRecord();

        int id1 = registry.register(subject, v1);
        assertThat(registry.idOf(subject, v1)).isEqualTo(id1);
        assertThat(registry.testCompatibility(subject, v2Compatible).compatible()).isTrue();
        int id2 = registry.register(subject, v2Compatible);
        assertThat(id2).isNotEqualTo(id1);
        assertThat(registry.versions(subject)).containsExactly(1, 2);

        assertThat(registry.testCompatibility(subject, v3Incompatible).compatible()).isFalse();
        assertThatThrownBy(() -> registry.register(subject, v3Incompatible))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(subject)
                .hasMessageContaining("incompatible");
        assertThat(registry.versions(subject)).containsExactly(1, 2);
    }

    @Test
    void producerWithAnIncompatibleSchemaFailsNamingTheSubject() {
        String topic = "it.evolve." + UUID.randomUUID();
        createTopic(topic, 1);
        Schema v1 = SchemaBuilder.record("Probe").namespace("org.releaseradar.it").fields()
                .requiredString("repo_id").endRecord();
        Schema breaking = SchemaBuilder.record("Probe").namespace("org.releaseradar.it").fields()
                .requiredString("repo_id").requiredLong("downloads").endRecord();
        try (AvroSerde<GenericRecord> serde = RadarSerdes.generic(Map.of(RegistryConfig.URL, registryUrl), false)) {
            GenericRecord first = new GenericData.Record(v1);
            first.put("repo_id", "Qwen/Qwen3-8B");
            byte[] ok = serde.serializer().serialize(topic, first);
            assertThat(ok[0]).isZero();

            GenericRecord second = new GenericData.Record(breaking);
            second.put("repo_id", "Qwen/Qwen3-8B");
            second.put("downloads", 1L);
            assertThatThrownBy(() -> serde.serializer().serialize(topic, second))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining(topic + "-value");
        }
    }

    @Test
    void bytesThatAreNotInTheWireFormatGiveAPlainError() {
        try (AvroSerde<ModelSnapshot> serde = RadarSerdes.specific(ModelSnapshot.class,
                Map.of(RegistryConfig.URL, registryUrl, "specific.avro.reader", true), false)) {
            byte[] json = "{\"id\":\"Qwen/Qwen3-8B\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThatThrownBy(() -> serde.deserializer().deserialize("radar.hf.models", json))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("radar.hf.models")
                    .hasMessageContaining("7b 22");
        }
    }

    private void createTopic(String topic, int partitions) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + topic, e);
        }
    }

    private Properties producerProps() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        return p;
    }

    private Properties consumerProps() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return p;
    }
}
