package org.releaseradar.stack;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/** Puts {@code @TempDir} data directories where the shared stack's go: under target/ when Failsafe runs. */
public final class ItDataDirFactory implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws Exception {
        String configured = System.getProperty(LocalStackExtension.DATA_DIR_PROPERTY);
        Path parent = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(configured);
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, extensionContext.getRequiredTestClass().getSimpleName() + "-");
    }
}
