package org.releaseradar.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthFileTest {

    @Test
    void theFileExistsOnlyWhileHealthy(@TempDir Path dir) {
        Path file = dir.resolve("sub/healthy");
        HealthFile.update(file, true);
        assertThat(file).content().startsWith("RUNNING ");
        HealthFile.update(file, false);
        assertThat(file).doesNotExist();
    }

    @Test
    void offWithoutTheKey() {
        try (HealthFile health = HealthFile.start(new Properties(), () -> true)) {
            assertThat(health).isNotNull();
        }
    }
}
