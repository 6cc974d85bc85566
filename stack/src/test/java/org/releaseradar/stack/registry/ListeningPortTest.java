package org.releaseradar.stack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListeningPortTest {

    private static final String LINE = "2026-01-01 10:00:00 INFO [io.quarkus.bootstrap.runner.Timing] (main) apicurio-registry-app 3.3.3 "
            + "on JVM (powered by Quarkus 3.33.3.1) started in 9.667s. Listening on: http://127.0.0.1:42759. "
            + "Management interface listening on http://127.0.0.1:34987.";

    @TempDir
    Path dir;

    @Test
    void findsTheHttpPortNotTheManagementPort() {
        assertThat(ListeningPort.parse(LINE)).hasValue(42759);
        assertThat(ListeningPort.parse("starting...")).isEmpty();
    }

    @Test
    void readsOnlyThisRunsPartOfTheLog() throws IOException {
        Path log = dir.resolve("registry.log");
        String previousRun = LINE.replace("42759", "11111") + "\n";
        Files.writeString(log, previousRun + "starting again\n");

        assertThat(ListeningPort.find(log, previousRun.length())).isEmpty();
        Files.writeString(log, previousRun + "starting again\n" + LINE + "\n");
        assertThat(ListeningPort.find(log, previousRun.length())).hasValue(42759);
    }

    @Test
    void theDatasourceIsAnH2File() {
        assertThat(ApicurioRegistry.datasourceUrl(Path.of("/data/registry"))).isEqualTo("jdbc:h2:file:/data/registry/db");
    }
}
