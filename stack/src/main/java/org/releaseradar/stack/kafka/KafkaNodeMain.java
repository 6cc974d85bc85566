package org.releaseradar.stack.kafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;

/**
 * Main class of the Kafka child JVM: formats the storage on first use, then runs the server.
 *
 * <p>The cluster id lives in the data directory so that a restart finds its formatted log dirs
 * (formatting again with another id would make the broker refuse them).
 */
public final class KafkaNodeMain {

    private KafkaNodeMain() {
    }

    /** Arguments: the server.properties file, the cluster id file. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: KafkaNodeMain <server.properties> <cluster-id-file>");
            System.exit(2);
        }
        Path properties = Path.of(args[0]);
        Path clusterIdFile = Path.of(args[1]);
        String clusterId = clusterId(clusterIdFile);

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int formatted;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            formatted = kafka.tools.StorageTool.execute(new String[] {
                    "format", "--config", properties.toString(), "--cluster-id", clusterId, "--ignore-formatted"}, out);
        }
        System.out.println("[radar] storage (cluster id " + clusterId + "): " + output.toString(StandardCharsets.UTF_8).trim());
        if (formatted != 0) {
            System.err.println("[radar] formatting the storage failed with code " + formatted);
            System.exit(formatted);
        }

        kafka.Kafka.main(new String[] {properties.toString()});
    }

    private static String clusterId(Path file) throws Exception {
        if (Files.isRegularFile(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = Uuid.randomUuid().toString();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, id + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return id;
    }
}
