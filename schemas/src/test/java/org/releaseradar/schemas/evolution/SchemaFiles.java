package org.releaseradar.schemas.evolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/** Parses a folder of .avsc files laid out like src/main/avro: shared types in common/, parsed first. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    /** Every schema in {@code dir}, by its file's path relative to {@code dir} (e.g. "common/Bloc.avsc"). */
    static Map<String, Schema> parse(Path dir) {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> byFile = new TreeMap<>();
        for (Path file : ordered(dir)) {
            try {
                byFile.put(dir.relativize(file).toString().replace('\\', '/'), parser.parse(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " is not a valid Avro schema: " + e.getMessage(), e);
            }
        }
        return byFile;
    }

    private static List<Path> ordered(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> avsc = new ArrayList<>(files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList());
            // Shared named types must be known before the records that refer to them.
            avsc.sort((a, b) -> Boolean.compare(!dir.relativize(a).startsWith("common"), !dir.relativize(b).startsWith("common")));
            return avsc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
