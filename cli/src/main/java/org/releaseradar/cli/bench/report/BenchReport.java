package org.releaseradar.cli.bench.report;

import java.util.List;

/**
 * Every figure of one {@code radar bench} run. Rates are per second; a figure that was not measured
 * (e.g. the stack's cold start with {@code --config}) is null.
 */
public record BenchReport(Machine machine, Run run, Double stackColdStartSeconds, Rate producer, Rate consumer,
                          Serde serde, Rate streams, Rate bulk, Rate sink, List<Freshness> freshness,
                          EndToEnd endToEnd, List<Memory> memory, Long stackPeakRssMiB, List<Target> targets) {

    public BenchReport {
        freshness = List.copyOf(freshness);
        memory = List.copyOf(memory);
        targets = List.copyOf(targets);
    }

    /** The machine and how busy it was (load averages at start and end). */
    public record Machine(int cores, long memoryMiB, String jdk, String os, double loadAtStart, double loadAtEnd) {
    }

    /** What ran: the date (UTC), records, seed, freshness duration. */
    public record Run(String date, int records, long seed, int freshnessSeconds, double totalSeconds, String command) {
    }

    /** {@code count} records (or documents) in {@code seconds}; {@code bytes} when meaningful, else 0. */
    public record Rate(String what, long count, double seconds, long bytes) {
        public double perSecond() {
            return seconds <= 0 ? 0 : count / seconds;
        }

        public double mibPerSecond() {
            return seconds <= 0 ? 0 : bytes / seconds / (1024.0 * 1024.0);
        }
    }

    /** Nanoseconds per record, encode and decode, with the registry serde and with plain Avro. */
    public record Serde(double registryEncodeNs, double plainEncodeNs, double registryDecodeNs, double plainDecodeNs,
                        int records, int averageBytes) {
    }

    /**
     * Produced-to-searchable latency at one offered load.
     *
     * @param achievedRate what the producer actually sent per second
     * @param markers      snapshots whose visibility was timed
     * @param missing      markers not searchable when the wait ended (not in the percentiles)
     */
    public record Freshness(int offeredRate, double achievedRate, int seconds, int markers, int missing,
                            Long p50Ms, Long p95Ms, Long p99Ms, Long maxMs) {
    }

    /**
     * 1,000,000 snapshots from produced to all searchable: measured when the run had that many records,
     * otherwise extrapolated from this run's stage rates (stated in {@code basis}).
     */
    public record EndToEnd(int records, double seconds, boolean measured, String basis) {
    }

    /** Peak resident memory of one process (VmHWM), and what it is. */
    public record Memory(String process, long pid, long peakRssMiB) {
    }

    /** One of issue 8's targets against this run. */
    public record Target(String name, String measured, String goal, boolean met) {
    }
}
