package org.releaseradar.streams.enrich;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsSerdes;

/** The enrichment topology in a TopologyTestDriver, with builders for real-looking input records. */
final class EnrichmentFixture implements AutoCloseable {

    static final Instant POLL = Instant.parse("2026-03-18T06:00:00Z");

    final TopologyTestDriver driver;
    final TestInputTopic<String, ModelSnapshot> snapshots;
    final TestInputTopic<String, Organization> orgs;
    final TestInputTopic<String, EpochModel> epoch;
    final TestOutputTopic<String, ModelRelease> releases;
    private final Map<String, ModelRelease> state = new HashMap<>();

    EnrichmentFixture() {
        this(EnrichmentSettings.defaults());
    }

    EnrichmentFixture(EnrichmentSettings settings) {
        StreamsSerdes serdes = new StreamsSerdes(new InMemorySchemaRegistry(), Map.of("schema.registry.url", "mock://unused"));
        StreamsBuilder builder = new StreamsBuilder();
        ReleaseEnrichment.build(builder, serdes, settings);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        driver = new TopologyTestDriver(builder.build(), props);
        Serde<String> keys = serdes.key();
        snapshots = driver.createInputTopic(Topics.HF_MODELS, keys.serializer(), serdes.value(ModelSnapshot.class).serializer());
        orgs = driver.createInputTopic(Topics.ORGS, keys.serializer(), serdes.value(Organization.class).serializer());
        epoch = driver.createInputTopic(Topics.EPOCH_MODELS, keys.serializer(), serdes.value(EpochModel.class).serializer());
        releases = driver.createOutputTopic(Topics.RELEASES, keys.deserializer(), serdes.value(ModelRelease.class).deserializer());
    }

    /** The output topic read as a compacted topic would end up: last value per key wins, a tombstone deletes. */
    Map<String, ModelRelease> releases() {
        releases.readKeyValuesToList().forEach(kv -> {
            if (kv.value == null) {
                state.remove(kv.key);
            } else {
                state.put(kv.key, kv.value);
            }
        });
        return Map.copyOf(state);
    }

    ModelRelease release(String key) {
        return releases().get(key);
    }

    void send(ModelSnapshot snapshot) {
        snapshots.pipeInput(snapshot.getRepoId(), snapshot);
    }

    void send(Organization org) {
        orgs.pipeInput(org.getNamespace(), org);
    }

    void send(EpochModel row) {
        epoch.pipeInput(row.getModel(), row);
    }

    static ModelSnapshot.Builder snapshot(String repoId) {
        return ModelSnapshot.newBuilder()
                .setRepoId(repoId)
                .setAuthor(repoId.contains("/") ? repoId.substring(0, repoId.indexOf('/')) : null)
                .setCreatedAt(Instant.parse("2025-04-28T04:12:31.000Z"))
                .setPolledAt(POLL)
                .setLicense("apache-2.0")
                .setPipelineTag("text-generation")
                .setLibraryName("transformers")
                .setTags(List.of());
    }

    static Organization org(String namespace, String orgId, String name, String country, String... aliases) {
        return Organization.newBuilder()
                .setNamespace(namespace)
                .setOrgId(orgId)
                .setDisplayName(name)
                .setNamespaces(List.of(namespace))
                .setCountry(country)
                .setBloc(country == null ? Bloc.UNKNOWN : Origins.bloc(country))
                .setKind(OrgKind.LAB)
                .setAliases(List.of(aliases))
                .setCountrySource("curated")
                .build();
    }

    static EpochModel.Builder epochRow(String model, String organization, String country, String published) {
        return EpochModel.newBuilder()
                .setModel(model)
                .setOrganizations(List.of(organization))
                .setCountries(List.of(country))
                .setPublicationDate(LocalDate.parse(published))
                .setDomains(List.of("Language"))
                .setAccessibility("Open weights (unrestricted)")
                .setOpenWeights(true);
    }

    @Override
    public void close() {
        driver.close();
    }
}
