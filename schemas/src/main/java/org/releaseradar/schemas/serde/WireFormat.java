package org.releaseradar.schemas.serde;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian int, then Avro binary.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_LENGTH = 5;
    private static final int PREVIEW_BYTES = 16;

    private WireFormat() {
    }

    /** A decoded header: the schema id and where the Avro payload starts. */
    public record Header(int schemaId, int payloadOffset) {
    }

    public static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC_BYTE).putInt(schemaId).array();
    }

    /**
     * Reads the header of a record value or key.
     *
     * @throws SerializationException saying plainly, with the first bytes in hex, why {@code data} is not in this format
     */
    public static Header readHeader(String topic, byte[] data) {
        if (data.length == 0) {
            throw new SerializationException("record on topic " + topic
                    + " is not in the Confluent Avro wire format: it is empty (0 bytes)");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "record on topic %s is not in the Confluent Avro wire format: expected magic byte 0, got 0x%02x (first bytes: %s)",
                    topic, data[0], firstBytes(data)));
        }
        if (data.length < HEADER_LENGTH) {
            throw new SerializationException("record on topic " + topic + " is truncated: " + data.length
                    + " byte(s), but the Confluent Avro wire format needs at least " + HEADER_LENGTH
                    + " (magic byte and 4-byte schema id) (first bytes: " + firstBytes(data) + ")");
        }
        return new Header(ByteBuffer.wrap(data, 1, 4).getInt(), HEADER_LENGTH);
    }

    /** The first bytes of {@code data} in hex, separated by spaces, with "..." when there are more. */
    public static String firstBytes(byte[] data) {
        int shown = Math.min(PREVIEW_BYTES, data.length);
        String hex = HexFormat.ofDelimiter(" ").formatHex(data, 0, shown);
        return data.length > shown ? hex + " ..." : hex;
    }
}
