package org.releaseradar.cli.bench.stage;

import java.nio.file.Path;
import org.releaseradar.search.client.ElasticsearchSettings;

/** Where the bench's services are, and a scratch directory for state and offsets. */
public record Endpoints(String bootstrapServers, String schemaRegistryUrl, ElasticsearchSettings elasticsearch,
                        Path workDir) {
}
