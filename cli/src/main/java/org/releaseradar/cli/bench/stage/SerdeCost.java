package org.releaseradar.cli.bench.stage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.releaseradar.cli.bench.Progress;
import org.releaseradar.cli.bench.report.BenchReport;
import org.releaseradar.schemas.Topics;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.registry.SchemaRegistry;
import org.releaseradar.schemas.serde.AvroDeserializer;
import org.releaseradar.schemas.serde.AvroSerializer;

/**
 * What Radar's serde (Confluent wire format, schema id from the registry) costs per record against
 * plain Avro binary with a cached writer/reader, on the same snapshots. No JMH: each of the four loops
 * is warmed up ({@link #WARMUP_PASSES} passes, enough for C2 to compile it) and then timed over at
 * least {@link #MIN_TIMED_NANOS}; the registry answers from the serde's cache after the first record, as
 * it does in production, so the difference is the per-record work of the serde itself.
 */
public final class SerdeCost {

    static final int WARMUP_PASSES = 5;
    static final long MIN_TIMED_NANOS = 1_500_000_000L;
    private static volatile long sink; // keeps the JIT from discarding the work

    private SerdeCost() {
    }

    public static BenchReport.Serde measure(List<ModelSnapshot> snapshots, SchemaRegistry registry, Progress progress) {
        AvroSerializer<ModelSnapshot> serializer = new AvroSerializer<>(registry);
        serializer.configure(java.util.Map.of(), false);
        AvroDeserializer<ModelSnapshot> deserializer = new AvroDeserializer<>(ModelSnapshot.class, registry);
        deserializer.configure(java.util.Map.of(), false);
        SpecificDatumWriter<ModelSnapshot> writer = new SpecificDatumWriter<>(ModelSnapshot.class);
        SpecificDatumReader<ModelSnapshot> reader = new SpecificDatumReader<>(ModelSnapshot.class);
        String topic = Topics.HF_MODELS;

        byte[][] framed = new byte[snapshots.size()][];
        byte[][] plain = new byte[snapshots.size()][];
        long totalBytes = 0;
        for (int i = 0; i < framed.length; i++) {
            framed[i] = serializer.serialize(topic, snapshots.get(i));
            plain[i] = plainEncode(writer, snapshots.get(i));
            totalBytes += framed[i].length;
        }
        int step = 0;
        double registryEncode = time(snapshots.size(), i -> serializer.serialize(topic, snapshots.get(i)).length, progress, step++);
        double plainEncode = time(snapshots.size(), i -> plainEncode(writer, snapshots.get(i)).length, progress, step++);
        double registryDecode = time(snapshots.size(), i -> deserializer.deserialize(topic, framed[i]).getDownloads(), progress, step++);
        double plainDecode = time(snapshots.size(), i -> plainDecode(reader, plain[i]).getDownloads(), progress, step);
        progress.update(4, 4, "loops");
        return new BenchReport.Serde(registryEncode, plainEncode, registryDecode, plainDecode, snapshots.size(),
                (int) (totalBytes / Math.max(1, framed.length)));
    }

    /** Plain Avro as a careful user writes it: one cached writer, a fresh buffer per record. */
    static byte[] plainEncode(SpecificDatumWriter<ModelSnapshot> writer, ModelSnapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writer.write(snapshot, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ModelSnapshot plainDecode(SpecificDatumReader<ModelSnapshot> reader, byte[] bytes) {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ns per call of {@code work} over indices 0..n-1, after warm-up. */
    private static double time(int n, java.util.function.IntToLongFunction work, Progress progress, int step) {
        long acc = 0;
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            for (int i = 0; i < n; i++) {
                acc += work.applyAsLong(i);
            }
        }
        long calls = 0;
        long t0 = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < n; i++) {
                acc += work.applyAsLong(i);
            }
            calls += n;
            elapsed = System.nanoTime() - t0;
        } while (elapsed < MIN_TIMED_NANOS);
        sink += acc;
        progress.update(step + 1, 4, "loops");
        return (double) elapsed / calls;
    }
}
