package org.releaseradar.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the pieces that are not on our class path live: the unpacked Apicurio Registry
 * distribution and the Elasticsearch node's class path directory.
 *
 * <p>The build writes both paths into {@code org/releaseradar/stack/runtime.properties} (they point
 * into the clone's {@code target/} folders after {@code mvn package}). Each can be overridden by a
 * system property or, failing that, an environment variable:
 * <ul>
 *   <li>{@code radar.stack.registry.home} / {@code RADAR_STACK_REGISTRY_HOME}: the folder holding quarkus-run.jar</li>
 *   <li>{@code radar.stack.elasticsearch.lib} / {@code RADAR_STACK_ELASTICSEARCH_LIB}: the folder of the node's jars</li>
 * </ul>
 */
public record RuntimeLocations(Path registryHome, Path elasticsearchLib) {

    public static final String REGISTRY_HOME_PROPERTY = "radar.stack.registry.home";
    public static final String REGISTRY_HOME_ENV = "RADAR_STACK_REGISTRY_HOME";
    public static final String ELASTICSEARCH_LIB_PROPERTY = "radar.stack.elasticsearch.lib";
    public static final String ELASTICSEARCH_LIB_ENV = "RADAR_STACK_ELASTICSEARCH_LIB";

    /** Locations for this process: overrides first, then the built-in file. */
    public static RuntimeLocations resolve() {
        Properties builtIn = new Properties();
        try (InputStream in = RuntimeLocations.class.getResourceAsStream("runtime.properties")) {
            if (in != null) {
                builtIn.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read runtime.properties", e);
        }
        return resolve(builtIn, System.getProperties(), System.getenv());
    }

    static RuntimeLocations resolve(Properties builtIn, Properties system, Map<String, String> env) {
        return new RuntimeLocations(
                pick(system.getProperty(REGISTRY_HOME_PROPERTY), env.get(REGISTRY_HOME_ENV), builtIn.getProperty("registry.home")),
                pick(system.getProperty(ELASTICSEARCH_LIB_PROPERTY), env.get(ELASTICSEARCH_LIB_ENV), builtIn.getProperty("elasticsearch.lib")));
    }

    /** Fails with what to do if a location is missing, before any child is started. */
    public RuntimeLocations requireExisting() {
        if (registryHome == null || !Files.isRegularFile(registryHome.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException("Apicurio Registry distribution not found at " + registryHome
                    + " (no quarkus-run.jar). Run `mvn package` in the Release Radar clone, or set -D"
                    + REGISTRY_HOME_PROPERTY + " / " + REGISTRY_HOME_ENV + " to an unpacked apicurio-registry-app-3.3.3-all.tar.gz.");
        }
        if (elasticsearchLib == null || !Files.isDirectory(elasticsearchLib)) {
            throw new IllegalStateException("Elasticsearch node class path not found at " + elasticsearchLib
                    + ". Run `mvn package` in the Release Radar clone, or set -D" + ELASTICSEARCH_LIB_PROPERTY + " / "
                    + ELASTICSEARCH_LIB_ENV + " to stack/elasticsearch-node/target/node/lib.");
        }
        return this;
    }

    private static Path pick(String... values) {
        for (String value : values) {
            // An unfiltered ${...} means the resource was not built by Maven: treat it as absent.
            if (value != null && !value.isBlank() && !value.contains("${")) {
                return Path.of(value.trim()).toAbsolutePath().normalize();
            }
        }
        return null;
    }
}
