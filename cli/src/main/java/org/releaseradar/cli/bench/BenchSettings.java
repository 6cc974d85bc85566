package org.releaseradar.cli.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * One bench run's parameters.
 *
 * @param services      null to start a local stack, else the running services' properties
 * @param streamsConfig extra settings for the streams application under test (none by default)
 */
public record BenchSettings(int records, long seed, int freshnessSeconds, int[] freshnessRates, Path dataDir,
                            Path workDir, Properties services, Map<String, String> streamsConfig, Path profileDir, boolean keep, String command,
                            String date) {
}
