package org.releaseradar.streams.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.releaseradar.stack.LocalStack;
import org.releaseradar.stack.process.ParentWatchAgentJar;
import org.releaseradar.streams.RadarStreamsApp;

/** The streams application in its own JVM, so a test can SIGKILL it as a crash would. */
final class StreamsAppProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private StreamsAppProcess(Process process) {
        this.process = process;
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(output closed: " + e.getMessage() + ")");
            }
        }, "streams-app-output");
        pump.setDaemon(true);
        pump.start();
    }

    static StreamsAppProcess start(LocalStack stack, String applicationId, Path stateDir, Path rulesFile, Path workDir)
            throws IOException {
        return start(stack, applicationId, stateDir, rulesFile, workDir, Map.of());
    }

    /** With {@code overrides}: any Kafka Streams or client setting, passed through the properties file. */
    static StreamsAppProcess start(LocalStack stack, String applicationId, Path stateDir, Path rulesFile, Path workDir,
                                   Map<String, String> overrides) throws IOException {
        Properties p = new Properties();
        p.putAll(overrides);
        p.setProperty("bootstrap.servers", stack.kafkaBootstrapServers());
        p.setProperty("schema.registry.url", stack.schemaRegistryUrl());
        p.setProperty("application.id", applicationId);
        p.setProperty("state.dir", stateDir.toString());
        p.setProperty("radar.alerts.rules.file", rulesFile.toString());
        Path config = workDir.resolve(applicationId + ".properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            p.store(out, "streams IT");
        }
        Path agent = ParentWatchAgentJar.write(workDir.resolve("parent-watch-agent.jar"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-javaagent:" + agent, "-cp", System.getProperty("java.class.path"),
                RadarStreamsApp.class.getName(), config.toString())
                .redirectErrorStream(true)
                .start();
        return new StreamsAppProcess(process);
    }

    boolean hasLogged(String text) {
        return output.stream().anyMatch(l -> l.contains(text));
    }

    String output() {
        int from = Math.max(0, output.size() - 60);
        return String.join("\n", output.subList(from, output.size()));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no final commit, no state flush. */
    void kill() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(40).toSeconds(), TimeUnit.SECONDS)) {
            kill();
        }
    }
}
