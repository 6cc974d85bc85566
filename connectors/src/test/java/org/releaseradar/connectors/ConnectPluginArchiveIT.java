package org.releaseradar.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The plugin archive `mvn package` builds is what an operator unzips into a Connect worker's
 * {@code plugin.path}: its manifest names every connector the service files register, its
 * {@code lib/} carries Radar and its libraries but not what the worker itself provides.
 */
class ConnectPluginArchiveIT {

    private static final Path TARGET = Path.of("target");
    private static final List<String> SERVICES = List.of(
            "META-INF/services/org.apache.kafka.connect.source.SourceConnector",
            "META-INF/services/org.apache.kafka.connect.sink.SinkConnector");

    @Test
    void archiveHoldsManifestAndLibrariesForPluginPath() throws IOException {
        Path archive;
        try (Stream<Path> files = Files.list(TARGET)) {
            archive = files.filter(p -> p.getFileName().toString().matches("radar-connect-plugin-.*\\.zip"))
                    .findFirst().orElseThrow(() -> new AssertionError("no radar-connect-plugin-*.zip in target/"));
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
            String root = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
            assertThat(root).startsWith("radar-connect-plugin-");

            ZipEntry manifestEntry = zip.getEntry(root + "manifest.json");
            assertThat(manifestEntry).as("manifest.json at the archive's top").isNotNull();
            JsonNode manifest = new ObjectMapper().readTree(zip.getInputStream(manifestEntry));
            assertThat(manifest.path("name").asText()).isEqualTo("radar-connect-plugin");
            assertThat(manifest.path("version").asText()).isNotBlank().doesNotContain("${");
            assertThat(manifest.path("description").asText()).isNotBlank().doesNotContain("${");

            Set<String> declared = new TreeSet<>();
            manifest.path("connectors").forEach(c -> declared.add(c.asText()));
            assertThat(declared).as("manifest connectors = registered connectors").isEqualTo(registered());
            assertThat(declared).isNotEmpty();

            List<String> lib = names.stream().filter(n -> n.startsWith(root + "lib/") && n.endsWith(".jar"))
                    .map(n -> n.substring((root + "lib/").length())).toList();
            assertThat(lib).anyMatch(n -> n.startsWith("radar-connectors-"))
                    .anyMatch(n -> n.startsWith("radar-schemas-"))
                    .anyMatch(n -> n.startsWith("avro-"))
                    .anyMatch(n -> n.startsWith("rome-"))
                    .anyMatch(n -> n.startsWith("jsoup-"))
                    .anyMatch(n -> n.startsWith("jackson-databind-"));
            assertThat(lib).as("the worker provides these; a second copy in the plugin would clash")
                    .noneMatch(n -> n.startsWith("kafka-clients-") || n.startsWith("connect-api-")
                            || n.startsWith("slf4j-api-"));
            assertThat(names).contains(root + "doc/EPOCH-AI-CREDIT.md");
        }
    }

    private static Set<String> registered() throws IOException {
        Set<String> classes = new TreeSet<>();
        for (String services : SERVICES) {
            for (String line : Files.readAllLines(TARGET.resolve("classes").resolve(services), StandardCharsets.UTF_8)) {
                String c = line.replaceAll("#.*", "").trim();
                if (!c.isEmpty()) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }
}
