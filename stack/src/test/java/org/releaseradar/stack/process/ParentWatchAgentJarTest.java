package org.releaseradar.stack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParentWatchAgentJarTest {

    @TempDir
    Path dir;

    @Test
    void holdsTheWatchAsPremainClass() throws IOException {
        Path jar = ParentWatchAgentJar.write(dir.resolve("run/agent.jar"));

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Premain-Class")).isEqualTo(ParentWatch.class.getName());
            assertThat(file.getEntry("org/releaseradar/stack/process/ParentWatch.class")).isNotNull();
        }
    }
}
