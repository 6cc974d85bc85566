package org.releaseradar.cli.elasticsearch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.releaseradar.cli.RadarHome;
import org.releaseradar.search.client.ElasticsearchClientFactory;
import org.releaseradar.search.client.ElasticsearchSettings;
import org.releaseradar.stack.StackEndpoints;
import picocli.CommandLine.Option;

/**
 * Where the Elasticsearch of a {@code radar} command is: a cluster configured in {@code --config} (a
 * radar.properties with {@code elasticsearch.url} and, if needed, credentials and a CA), or else the local
 * stack a running {@code radar stack} advertises in its data directory. A picocli mixin.
 */
public final class ElasticsearchOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "A radar.properties naming the Elasticsearch to use (elasticsearch.url, elasticsearch.username,"
                    + " elasticsearch.password, elasticsearch.api.key, elasticsearch.ssl.ca.certificate, ...)."
                    + " Without it, the local stack running in the data directory is used.")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the local stack to use when there is no --config (default: .radar/stack in the clone).")
    Path dataDir;

    /** Connects: a cluster from --config, else the running local stack; a missing one is a clear failure. */
    public ElasticsearchConnection connect() {
        ElasticsearchSettings settings = config != null ? configured(config) : localStack(dataDir());
        return new ElasticsearchConnection(ElasticsearchClientFactory.create(settings), settings);
    }

    Path dataDir() {
        return (dataDir == null ? RadarHome.defaultStackDataDir() : dataDir).toAbsolutePath();
    }

    static ElasticsearchSettings configured(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such config file: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        try {
            return ElasticsearchSettings.fromProperties(properties);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static ElasticsearchSettings localStack(Path dataDir) {
        StackEndpoints endpoints = StackEndpoints.read(dataDir).orElseThrow(() -> new IllegalStateException(
                "no local stack is running in " + dataDir + ": start one with `radar stack` (in another terminal),"
                        + " pass --data-dir for another one, or --config radar.properties for a configured cluster"));
        return ElasticsearchSettings.local(URI.create(endpoints.elasticsearchUrl()));
    }
}
