package org.releaseradar.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackwardCompatibilityGuardTest {

    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("src/main/released");

    @Test
    void currentSchemasCanReadEverythingTheLastReleaseWrote() {
        Path lastRelease = BackwardCompatibilityGuard.latestRelease(RELEASED);

        assertThat(BackwardCompatibilityGuard.violations(lastRelease, CURRENT))
                .as("schemas in %s that break BACKWARD compatibility with release %s (see schemas/README.md)",
                        CURRENT, lastRelease.getFileName())
                .isEmpty();
    }

    @Test
    void aRemovedSchemaFileFailsTheGuard(@TempDir Path tmp) throws IOException {
        Path released = copy(CURRENT, tmp.resolve("0.1.0"));
        Path current = copy(CURRENT, tmp.resolve("current"));
        Files.delete(current.resolve("Alert.avsc"));

        assertThat(BackwardCompatibilityGuard.violations(released, current))
                .singleElement().asString()
                .startsWith("Alert.avsc: released in 0.1.0 but missing from")
                .contains("removing a schema breaks every consumer");
    }

    @Test
    void aNewFieldWithoutDefaultFailsTheGuardNamingTheFile(@TempDir Path tmp) throws IOException {
        Path released = copy(CURRENT, tmp.resolve("0.1.0"));
        Path current = copy(CURRENT, tmp.resolve("current"));
        Path alert = current.resolve("Alert.avsc");
        Files.writeString(alert, Files.readString(alert).replace(
                "\"fields\": [",
                "\"fields\": [\n    {\"name\": \"channel\", \"type\": \"string\", \"doc\": \"Where it was sent.\"},"));

        assertThat(BackwardCompatibilityGuard.violations(released, current))
                .singleElement().asString()
                .startsWith("Alert.avsc: not BACKWARD compatible with 0.1.0: a field was added without a default")
                .contains("channel");
    }

    @Test
    void aRemovedEnumSymbolFailsTheGuardWhenTheEnumHasNoDefault(@TempDir Path tmp) throws IOException {
        Path released = copy(CURRENT, tmp.resolve("0.1.0"));
        Path current = copy(CURRENT, tmp.resolve("current"));
        Path newsItem = current.resolve("NewsItem.avsc");
        Files.writeString(newsItem, Files.readString(newsItem).replace("\"symbols\": [\"ORG\", \"MODEL\"]", "\"symbols\": [\"ORG\"]"));

        assertThat(BackwardCompatibilityGuard.violations(released, current))
                .singleElement().asString()
                .startsWith("NewsItem.avsc: not BACKWARD compatible with 0.1.0: an enum symbol was removed")
                .contains("MODEL");
    }

    @Test
    void aNewOptionalFieldPassesTheGuard(@TempDir Path tmp) throws IOException {
        Path released = copy(CURRENT, tmp.resolve("0.1.0"));
        Path current = copy(CURRENT, tmp.resolve("current"));
        Path alert = current.resolve("Alert.avsc");
        Files.writeString(alert, Files.readString(alert).replace(
                "\"fields\": [",
                "\"fields\": [\n    {\"name\": \"channel\", \"type\": [\"null\", \"string\"], \"default\": null, \"doc\": \"Where it was sent.\"},"));

        assertThat(BackwardCompatibilityGuard.violations(released, current)).isEmpty();
    }

    @Test
    void everyRecordAndFieldIsDocumented() {
        SchemaFiles.parse(CURRENT).forEach((file, schema) -> {
            assertThat(schema.getDoc()).as("doc of %s", file).isNotBlank();
            if (schema.getType() == org.apache.avro.Schema.Type.RECORD) {
                schema.getFields().forEach(f -> assertThat(f.doc()).as("doc of %s field %s", file, f.name()).isNotBlank());
            }
        });
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
