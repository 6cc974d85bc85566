package org.releaseradar.schemas.evolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * Checks that every schema of the last release can still be read by the current one (BACKWARD: consumers on the
 * new schema read data written with the released one), and that no released schema file was removed.
 */
final class BackwardCompatibilityGuard {

    private BackwardCompatibilityGuard() {
    }

    /** The problems found, one line each, naming the file; empty when the current schemas are safe to release. */
    static List<String> violations(Path released, Path current) {
        Map<String, Schema> before = SchemaFiles.parse(released);
        Map<String, Schema> now = SchemaFiles.parse(current);
        List<String> violations = new ArrayList<>();
        before.forEach((file, writer) -> {
            Schema reader = now.get(file);
            if (reader == null) {
                violations.add(file + ": released in " + released.getFileName() + " but missing from " + current
                        + "; removing a schema breaks every consumer of its topic");
                return;
            }
            var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
            result.getIncompatibilities().forEach(i -> violations.add(file + ": not BACKWARD compatible with "
                    + released.getFileName() + ": " + describe(i.getType()) + " at " + i.getLocation() + ": " + i.getMessage()));
        });
        return violations;
    }

    /** The newest folder under {@code releasedRoot}, by version number (0.10.0 after 0.9.0). */
    static Path latestRelease(Path releasedRoot) {
        try (Stream<Path> dirs = Files.list(releasedRoot)) {
            return dirs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.getFileName().toString(), BackwardCompatibilityGuard::compareVersions))
                    .orElseThrow(() -> new IllegalStateException("no released schema folder under " + releasedRoot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String describe(SchemaIncompatibilityType type) {
        return switch (type) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> "a field was added without a default";
            case MISSING_ENUM_SYMBOLS -> "an enum symbol was removed (and the enum has no default)";
            case TYPE_MISMATCH -> "a field changed to a type that cannot read the old one";
            case NAME_MISMATCH -> "a named type was renamed (add an alias)";
            default -> type.name();
        };
    }
}
