package org.releaseradar.streams.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Binary serdes for the stage's internal values (state stores, changelogs, the repartition topic). These never
 * leave the application, so they are not Avro records in the registry; a leading format version leaves room to
 * change the layout, and measures are written by name so adding one does not shift the others.
 */
final class TallySerdes {

    private static final byte FORMAT = 1;

    private TallySerdes() {
    }

    static Serde<Tally> tally() {
        return Serdes.serdeFrom(
                (topic, tally) -> tally == null ? null : encode(out -> writeTally(out, tally)),
                (topic, bytes) -> bytes == null ? null : decode(bytes, TallySerdes::readTally));
    }

    static Serde<Contributions> contributions() {
        return Serdes.serdeFrom(
                (topic, contributions) -> contributions == null ? null : encode(out -> {
                    out.writeInt(contributions.byRow().size());
                    for (Map.Entry<String, Tally> row : contributions.byRow().entrySet()) {
                        out.writeUTF(row.getKey());
                        writeTally(out, row.getValue());
                    }
                }),
                (topic, bytes) -> bytes == null ? null : decode(bytes, in -> {
                    int rows = in.readInt();
                    Map<String, Tally> byRow = new TreeMap<>();
                    for (int i = 0; i < rows; i++) {
                        byRow.put(in.readUTF(), readTally(in));
                    }
                    return new Contributions(byRow);
                }));
    }

    private static void writeTally(DataOutputStream out, Tally tally) throws IOException {
        out.writeInt(tally.counts().size());
        for (Map.Entry<Measure, Map<String, Long>> measure : tally.counts().entrySet()) {
            out.writeUTF(measure.getKey().name());
            out.writeInt(measure.getValue().size());
            for (Map.Entry<String, Long> member : measure.getValue().entrySet()) {
                out.writeUTF(member.getKey());
                out.writeLong(member.getValue());
            }
        }
    }

    private static Tally readTally(DataInputStream in) throws IOException {
        int measures = in.readInt();
        Map<Measure, Map<String, Long>> counts = new EnumMap<>(Measure.class);
        for (int i = 0; i < measures; i++) {
            Measure measure = Measure.valueOf(in.readUTF());
            int members = in.readInt();
            Map<String, Long> byMember = new TreeMap<>();
            for (int j = 0; j < members; j++) {
                byMember.put(in.readUTF(), in.readLong());
            }
            counts.put(measure, byMember);
        }
        return new Tally(counts);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] encode(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T decode(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new SerializationException("Unknown aggregate state format " + format + " (this build reads " + FORMAT + ")");
            }
            T value = reader.read(in);
            if (in.available() > 0) {
                throw new SerializationException(in.available() + " unexpected trailing bytes in aggregate state");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new SerializationException("Unreadable aggregate state: " + e.getMessage(), e);
        }
    }
}
