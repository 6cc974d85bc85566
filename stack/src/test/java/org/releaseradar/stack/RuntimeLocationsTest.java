package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RuntimeLocationsTest {

    private final Properties builtIn = properties("registry.home", "/clone/stack/target/apicurio-registry",
            "elasticsearch.lib", "/clone/stack/elasticsearch-node/target/node/lib");

    @Test
    void theBuiltInFileIsTheDefault() {
        RuntimeLocations locations = RuntimeLocations.resolve(builtIn, new Properties(), Map.of());

        assertThat(locations.registryHome()).isEqualTo(Path.of("/clone/stack/target/apicurio-registry"));
        assertThat(locations.elasticsearchLib()).isEqualTo(Path.of("/clone/stack/elasticsearch-node/target/node/lib"));
    }

    @Test
    void systemPropertiesWinOverEnvironmentWhichWinsOverTheFile() {
        Properties system = properties(RuntimeLocations.REGISTRY_HOME_PROPERTY, "/sys/registry");
        Map<String, String> env = Map.of(RuntimeLocations.REGISTRY_HOME_ENV, "/env/registry",
                RuntimeLocations.ELASTICSEARCH_LIB_ENV, "/env/lib");

        RuntimeLocations locations = RuntimeLocations.resolve(builtIn, system, env);

        assertThat(locations.registryHome()).isEqualTo(Path.of("/sys/registry"));
        assertThat(locations.elasticsearchLib()).isEqualTo(Path.of("/env/lib"));
    }

    @Test
    void unfilteredPlaceholdersCountAsMissing() {
        Properties unfiltered = properties("registry.home", "${radar.stack.registry.home}", "elasticsearch.lib", "");

        RuntimeLocations locations = RuntimeLocations.resolve(unfiltered, new Properties(), Map.of());

        assertThat(locations.registryHome()).isNull();
        assertThatThrownBy(locations::requireExisting).hasMessageContaining("mvn package")
                .hasMessageContaining(RuntimeLocations.REGISTRY_HOME_ENV);
    }

    @Test
    void theBuiltFilePointsAtThisClone() {
        RuntimeLocations locations = RuntimeLocations.resolve();

        assertThat(locations.registryHome()).isNotNull();
        assertThat(locations.elasticsearchLib().toString()).endsWith("elasticsearch-node/target/node/lib");
    }

    private static Properties properties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
