package org.releaseradar.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code radar stack} as a user runs it: a separate process that prints its endpoints, answers on
 * them, and leaves no process behind when stopped by Ctrl-C (SIGINT), SIGTERM or SIGKILL.
 */
class StackCommandIT {

    private static final Pattern ENDPOINT = Pattern.compile("^\\s*(Kafka|Schema registry|Elasticsearch)\\s*:?\\s+(\\S+)");

    @ParameterizedTest(name = "stopped with SIG{0}")
    @ValueSource(strings = {"INT", "TERM", "KILL"})
    void startsPrintsEndpointsAndLeavesNothingBehind(String signal, @TempDir Path dataDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.releaseradar.cli.Radar", "stack", "--data-dir", dataDir.toString())
                .redirectErrorStream(true);
        Process cli = pb.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Map<String, String> endpoints = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> readLines(cli, output, endpoints));
        reader.setDaemon(true);
        reader.start();

        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (output.stream().noneMatch(l -> l.contains("Ctrl-C")) && cli.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(cli.isAlive()).as("radar stack is running; output so far:%n%s", String.join("\n", output)).isTrue();
            assertThat(endpoints).as("endpoints printed; output:%n%s", String.join("\n", output))
                    .containsKeys("Kafka", "Schema registry", "Elasticsearch");
            assertThat(endpoints.get("Kafka")).startsWith("127.0.0.1:");
            assertThat(httpStatus(endpoints.get("Schema registry") + "/subjects")).isEqualTo(200);
            assertThat(httpStatus(endpoints.get("Elasticsearch"))).isEqualTo(200);

            List<ProcessHandle> children = cli.descendants().toList();
            assertThat(children).as("the three servers run as child processes").hasSizeGreaterThanOrEqualTo(3);

            new ProcessBuilder("kill", "-" + signal, Long.toString(cli.pid())).start().waitFor();

            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).as("radar exits after SIG%s", signal).isTrue();
            long gone = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < gone) {
                Thread.sleep(200);
            }
            assertThat(children.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::info).toList())
                    .as("child processes left after SIG%s", signal).isEmpty();
        } finally {
            cli.descendants().forEach(ProcessHandle::destroyForcibly);
            cli.destroyForcibly();
        }
    }

    private static void readLines(Process process, List<String> output, Map<String, String> endpoints) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                Matcher m = ENDPOINT.matcher(line);
                if (m.find()) {
                    endpoints.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
    }

    private static int httpStatus(String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
