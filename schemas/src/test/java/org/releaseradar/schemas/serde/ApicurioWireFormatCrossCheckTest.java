package org.releaseradar.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.resolver.ParsedSchemaImpl;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.serde.Default4ByteIdHandler;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.releaseradar.schemas.TestRecords;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;

/**
 * Our bytes must be exactly those of Apicurio's serde in Confluent mode (4-byte id handler, no headers) for the
 * same record and schema id. Apicurio's schema lookup is replaced by a resolver that answers our registry's id,
 * so no Apicurio server is needed; the encoding itself is Apicurio's own.
 */
class ApicurioWireFormatCrossCheckTest {

    static Iterable<SpecificRecord> records() {
        return TestRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void bytesAreIdenticalToApicuriosConfluentModeSerde(SpecificRecord record) {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        registry.register("unrelated-value", Schema.create(Schema.Type.STRING));
        AvroSerializer<SpecificRecord> ours = new AvroSerializer<>(registry);
        ours.configure(Map.of(), false);
        byte[] expected = ours.serialize("topic", record);
        int id = registry.latest("topic-value").id();

        try (AvroKafkaSerializer<SpecificRecord> apicurio = new AvroKafkaSerializer<>(new FixedIdResolver(id))) {
            apicurio.configure(Map.of(
                    "apicurio.registry.id-handler", Default4ByteIdHandler.class.getName(),
                    "apicurio.registry.use-id", "contentId",
                    "apicurio.registry.headers.enabled", "false"), false);

            assertThat(id).isEqualTo(2);
            assertThat(apicurio.serialize("topic", record)).isEqualTo(expected);
        }
    }

    /** Resolves every record to one content id, standing in for Apicurio's registry lookup. */
    private static final class FixedIdResolver implements SchemaResolver<Schema, SpecificRecord> {

        private final long contentId;
        private SchemaParser<Schema, SpecificRecord> parser;

        FixedIdResolver(long contentId) {
            this.contentId = contentId;
        }

        @Override
        public void configure(Map<String, ?> configs, SchemaParser<Schema, SpecificRecord> schemaParser) {
            this.parser = schemaParser;
        }

        @Override
        public void setClientFacade(RegistryClientFacade clientFacade) {
        }

        @Override
        public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, SpecificRecord> strategy) {
        }

        @Override
        public SchemaParser<Schema, SpecificRecord> getSchemaParser() {
            return parser;
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchema(Record<SpecificRecord> data) {
            Schema schema = data.payload().getSchema();
            return SchemaLookupResult.<Schema>builder()
                    .parsedSchema(new ParsedSchemaImpl<Schema>().setParsedSchema(schema)
                            .setRawSchema(schema.toString().getBytes(StandardCharsets.UTF_8)))
                    .contentId(contentId).globalId(contentId)
                    .build();
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(ArtifactReference reference) {
            throw new UnsupportedOperationException("the cross-check only serializes");
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }
    }
}
