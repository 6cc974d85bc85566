package org.releaseradar.cli.bench;

import java.nio.file.Path;
import java.util.Properties;

/**
 * One bench run's parameters.
 *
 * @param services null to start a local stack, else the running services' properties
 */
public record BenchSettings(int records, long seed, int freshnessSeconds, int[] freshnessRates, Path dataDir,
                            Path workDir, Properties services, Path profileDir, boolean keep, String command,
                            String date) {
}
