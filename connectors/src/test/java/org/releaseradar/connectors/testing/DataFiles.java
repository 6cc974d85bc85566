package org.releaseradar.connectors.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's bundled {@code data/} folder, found from the module directory Maven runs tests in. */
public final class DataFiles {

    private DataFiles() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("data/orgs.csv"))) {
                return p.resolve("data");
            }
        }
        throw new IllegalStateException("no data/orgs.csv above " + Path.of("").toAbsolutePath());
    }

    public static Path path(String relative) {
        return dir().resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
