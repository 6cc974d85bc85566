package org.releaseradar.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void classPathEntriesBecomeAbsolute() {
        String classPath = "target/classes" + File.pathSeparator + "/abs/lib.jar" + File.pathSeparator;

        String absolute = KafkaBroker.absoluteClassPath(classPath);

        assertThat(absolute.split(File.pathSeparator)).containsExactly(
                Path.of("target/classes").toAbsolutePath().toString(), "/abs/lib.jar");
    }
}
