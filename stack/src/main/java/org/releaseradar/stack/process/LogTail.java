package org.releaseradar.stack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines of a log file, for error messages. */
public final class LogTail {

    /** Never read more than this from the end: a tail is for a human, not the whole file. */
    private static final long MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code lines} lines of {@code file}; empty if it does not exist or cannot be read. */
    public static List<String> lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - MAX_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            in.seek(start);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Deque<String> tail = new ArrayDeque<>();
            for (String line : text.split("\\R", -1)) {
                tail.addLast(line);
                if (tail.size() > lines + 1) {
                    tail.removeFirst();
                }
            }
            if (!tail.isEmpty() && tail.peekLast().isEmpty()) {
                tail.removeLast();
            }
            while (tail.size() > lines) {
                tail.removeFirst();
            }
            return List.copyOf(tail);
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** The tail formatted for an exception message. */
    public static String describe(Path file, int lines) {
        List<String> tail = lastLines(file, lines);
        if (tail.isEmpty()) {
            return "(" + file + " is empty or missing)";
        }
        return "last " + tail.size() + " lines of " + file + ":\n  " + String.join("\n  ", tail);
    }
}
