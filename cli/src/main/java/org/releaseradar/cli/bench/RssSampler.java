package org.releaseradar.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.releaseradar.cli.bench.report.BenchReport;

/**
 * Samples the resident memory of the stack's servers and of this JVM from {@code /proc/<pid>/status}
 * every 500 ms. Per process the peak is the kernel's own high-water mark (VmHWM, exact, read at the
 * end); the whole stack's peak is the largest sum of the servers' VmRSS seen at one sample, since their
 * high-water marks need not coincide.
 */
final class RssSampler implements AutoCloseable {

    private final Map<String, Long> processes;
    private final List<String> stackNames;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long stackPeakKiB;

    /** @param processes name → pid, in display order; {@code stackNames} are summed for the stack peak */
    RssSampler(Map<String, Long> processes, List<String> stackNames) {
        this.processes = new LinkedHashMap<>(processes);
        this.stackNames = List.copyOf(stackNames);
        this.thread = new Thread(this::loop, "radar-bench-rss");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long sum = 0;
        for (String name : stackNames) {
            sum += field(processes.get(name), "VmRSS").orElse(0);
        }
        stackPeakKiB = Math.max(stackPeakKiB, sum);
    }

    /** Per-process peaks; call before the processes end. */
    List<BenchReport.Memory> peaks() {
        sample();
        List<BenchReport.Memory> out = new ArrayList<>();
        processes.forEach((name, pid) -> field(pid, "VmHWM")
                .ifPresent(kib -> out.add(new BenchReport.Memory(name, pid, kib / 1024))));
        return out;
    }

    Long stackPeakMiB() {
        return stackNames.isEmpty() ? null : stackPeakKiB / 1024;
    }

    /** A {@code kB} field of {@code /proc/<pid>/status}, empty if the process or the file is gone. */
    static OptionalLong field(Long pid, String name) {
        if (pid == null) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "status"))) {
                if (line.startsWith(name + ":")) {
                    return OptionalLong.of(Long.parseLong(line.substring(name.length() + 1).replace("kB", "").trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
