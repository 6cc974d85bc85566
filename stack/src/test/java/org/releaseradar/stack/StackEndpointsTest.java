package org.releaseradar.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackEndpointsTest {

    @TempDir
    Path dataDir;

    private static StackEndpoints ofThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new StackEndpoints("127.0.0.1:40001", "http://127.0.0.1:40002/apis/ccompat/v7", "http://127.0.0.1:40003",
                self.pid(), self.info().startInstant().orElse(null));
    }

    @Test
    void whatIsWrittenIsReadBackWhileTheProcessRuns() {
        StackEndpoints written = ofThisProcess();
        written.write(dataDir);

        assertThat(StackEndpoints.read(dataDir)).contains(written);
        assertThat(dataDir.resolve(StackEndpoints.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void aDeletedFileMeansNoStack() {
        ofThisProcess().write(dataDir);
        StackEndpoints.delete(dataDir);

        assertThat(StackEndpoints.file(dataDir)).doesNotExist();
        assertThat(StackEndpoints.read(dataDir)).isEmpty();
        StackEndpoints.delete(dataDir); // deleting twice is fine
    }

    @Test
    void noFileMeansNoStack() {
        assertThat(StackEndpoints.read(dataDir)).isEmpty();
        assertThat(StackEndpoints.read(dataDir.resolve("missing-dir"))).isEmpty();
    }

    @Test
    void aFileLeftByAProcessThatIsGoneIsIgnored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        new StackEndpoints("127.0.0.1:1", "http://127.0.0.1:2/apis/ccompat/v7", "http://127.0.0.1:3", gone.pid(), null)
                .write(dataDir);

        assertThat(StackEndpoints.read(dataDir)).isEmpty();
    }

    @Test
    void aRecycledPidIsNotMistakenForTheStack() {
        ProcessHandle self = ProcessHandle.current();
        Instant otherStart = self.info().startInstant().orElse(Instant.EPOCH).minusSeconds(3600);
        new StackEndpoints("127.0.0.1:1", "http://127.0.0.1:2/apis/ccompat/v7", "http://127.0.0.1:3", self.pid(), otherStart)
                .write(dataDir);

        assertThat(StackEndpoints.read(dataDir)).as("only where the OS reports start times")
                .satisfiesAnyOf(
                        r -> assertThat(r).isEmpty(),
                        r -> assertThat(self.info().startInstant()).isEmpty());
    }

    @Test
    void anIncompleteOrGarbledFileIsIgnored() throws IOException {
        Files.writeString(StackEndpoints.file(dataDir), "elasticsearch.url=http://127.0.0.1:9200\n", StandardCharsets.UTF_8);
        assertThat(StackEndpoints.read(dataDir)).isEmpty();

        Files.writeString(StackEndpoints.file(dataDir), "kafka.bootstrap.servers=a\nschema.registry.url=b\n"
                + "elasticsearch.url=c\npid=not-a-number\n", StandardCharsets.UTF_8);
        assertThat(StackEndpoints.read(dataDir)).isEmpty();

        Files.write(StackEndpoints.file(dataDir), new byte[] {'\\', 'u', '0', '0'});
        assertThat(StackEndpoints.read(dataDir)).isEmpty();
    }

    @Test
    void aFailedWriteDoesNotThrow() {
        // A data directory that does not exist: the stack keeps running, only the file is missing.
        ofThisProcess().write(dataDir.resolve("no-such-dir"));
        assertThat(StackEndpoints.read(dataDir.resolve("no-such-dir"))).isEmpty();
    }
}
