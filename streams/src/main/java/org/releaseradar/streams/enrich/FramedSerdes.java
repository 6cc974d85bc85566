package org.releaseradar.streams.enrich;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.streams.StreamsSerdes;

/**
 * Serdes for the stage's intermediate values, which live only in its own state stores and internal
 * topics: a sequence of length-prefixed frames, each the Confluent-wire-format Avro bytes of one record
 * (an empty frame is null). Each kind of record is registered under its own subject
 * ({@code <topic>.<part>-value}), so two record types never share one subject's compatibility history.
 */
final class FramedSerdes {

    private FramedSerdes() {
    }

    static Serde<Attributed> attributed(StreamsSerdes serdes) {
        Serde<ModelRelease> release = serdes.value(ModelRelease.class);
        Serde<Organization> org = serdes.value(Organization.class);
        Serializer<Attributed> serializer = (topic, value) -> value == null ? null : frames(List.of(
                release.serializer().serialize(topic + ".release", value.release()),
                orEmpty(org.serializer().serialize(topic + ".org", value.org()))));
        Deserializer<Attributed> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            List<byte[]> parts = unframe(bytes);
            return new Attributed(release.deserializer().deserialize(topic + ".release", parts.get(0)),
                    parts.get(1).length == 0 ? null : org.deserializer().deserialize(topic + ".org", parts.get(1)));
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static Serde<EpochCandidates> epochCandidates(StreamsSerdes serdes) {
        Serde<EpochModel> epoch = serdes.value(EpochModel.class);
        Serializer<EpochCandidates> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            List<byte[]> parts = new ArrayList<>();
            value.rows().forEach(row -> parts.add(epoch.serializer().serialize(topic + ".epoch", row)));
            return frames(parts);
        };
        Deserializer<EpochCandidates> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            List<EpochModel> rows = new ArrayList<>();
            unframe(bytes).forEach(part -> rows.add(epoch.deserializer().deserialize(topic + ".epoch", part)));
            return new EpochCandidates(rows);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static byte[] orEmpty(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }

    static byte[] frames(List<byte[]> parts) {
        int size = 4;
        for (byte[] part : parts) {
            size += 4 + part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.putInt(parts.size());
        for (byte[] part : parts) {
            buffer.putInt(part.length).put(part);
        }
        return buffer.array();
    }

    static List<byte[]> unframe(byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int count = buffer.getInt();
            List<byte[]> parts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] part = new byte[buffer.getInt()];
                buffer.get(part);
                parts.add(part);
            }
            return parts;
        } catch (RuntimeException e) {
            throw new SerializationException("not a framed value of the enrichment stage", e);
        }
    }
}
