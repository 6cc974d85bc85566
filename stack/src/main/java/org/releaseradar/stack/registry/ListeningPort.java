package org.releaseradar.stack.registry;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTTP port Quarkus chose ({@code quarkus.http.port=0}) from its log line
 * {@code Listening on: http://127.0.0.1:PORT.}; asking for port 0 avoids any race on a free port.
 */
final class ListeningPort {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");

    private ListeningPort() {
    }

    /** The port in the log written after {@code offset}, if Quarkus has logged it yet. */
    static OptionalInt find(Path log, long offset) throws IOException {
        if (!Files.isRegularFile(log)) {
            return OptionalInt.empty();
        }
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            long length = in.length();
            if (length <= offset) {
                return OptionalInt.empty();
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 4 * 1024 * 1024)];
            in.seek(offset);
            in.readFully(bytes);
            return parse(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    static OptionalInt parse(String text) {
        Matcher matcher = LISTENING.matcher(text);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
