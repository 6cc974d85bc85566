package org.releaseradar.schemas.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A schema registry held in memory, for unit tests only (published in this module's test-jar; never use it
 * outside tests). Like Confluent's and Apicurio's, ids are global (one id per distinct schema, shared across
 * subjects) and compatibility rules are checked on register; the default level is BACKWARD.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {

    private final Map<String, Integer> idsBySchema = new LinkedHashMap<>();
    private final Map<Integer, Schema> schemasById = new LinkedHashMap<>();
    private final Map<String, List<Integer>> idsBySubject = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> levelBySubject = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    /** How many calls this registry answered, to check a client's caching. */
    public int requestCount() {
        return requests.get();
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        requests.incrementAndGet();
        List<Integer> versions = idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        Integer existing = idsBySchema.get(schema.toString());
        if (existing != null && versions.contains(existing)) {
            return existing;
        }
        List<String> problems = problems(subject, schema);
        if (!problems.isEmpty()) {
            if (versions.isEmpty()) {
                idsBySubject.remove(subject);
            }
            throw new IncompatibleSchemaException("schema is incompatible with subject '" + subject + "': "
                    + String.join("; ", problems));
        }
        int id = idsBySchema.computeIfAbsent(schema.toString(), s -> idsBySchema.size() + 1);
        schemasById.putIfAbsent(id, schema);
        versions.add(id);
        return id;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        requests.incrementAndGet();
        Integer id = idsBySchema.get(schema.toString());
        if (id == null || !idsBySubject.getOrDefault(subject, List.of()).contains(id)) {
            throw new SchemaNotFoundException("schema " + schema.getFullName() + " is not registered under subject '" + subject + "'");
        }
        return id;
    }

    @Override
    public synchronized Schema getById(int id) {
        requests.incrementAndGet();
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaNotFoundException("no schema with id " + id);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        requests.incrementAndGet();
        List<Integer> versions = idsBySubject.get(subject);
        if (versions == null) {
            throw new SchemaNotFoundException("no subject '" + subject + "'");
        }
        int id = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, versions.size(), id, schemasById.get(id));
    }

    @Override
    public synchronized List<String> subjects() {
        requests.incrementAndGet();
        return List.copyOf(idsBySubject.keySet());
    }

    @Override
    public synchronized List<Integer> versions(String subject) {
        requests.incrementAndGet();
        List<Integer> ids = idsBySubject.get(subject);
        if (ids == null) {
            throw new SchemaNotFoundException("no subject '" + subject + "'");
        }
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= ids.size(); v++) {
            versions.add(v);
        }
        return versions;
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema) {
        requests.incrementAndGet();
        List<String> problems = problems(subject, schema);
        return new CompatibilityResult(problems.isEmpty(), problems);
    }

    @Override
    public synchronized void setCompatibility(CompatibilityLevel level) {
        requests.incrementAndGet();
        globalLevel = level;
    }

    @Override
    public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
        requests.incrementAndGet();
        levelBySubject.put(subject, level);
    }

    private List<String> problems(String subject, Schema candidate) {
        CompatibilityLevel level = levelBySubject.getOrDefault(subject, globalLevel);
        List<Integer> ids = idsBySubject.getOrDefault(subject, List.of());
        if (level == CompatibilityLevel.NONE || ids.isEmpty()) {
            return List.of();
        }
        boolean transitive = level.name().endsWith("_TRANSITIVE");
        boolean backward = level.name().startsWith("BACKWARD") || level.name().startsWith("FULL");
        boolean forward = level.name().startsWith("FORWARD") || level.name().startsWith("FULL");
        List<Integer> earlier = transitive ? ids : List.of(ids.get(ids.size() - 1));
        List<String> problems = new ArrayList<>();
        for (int id : earlier) {
            Schema previous = schemasById.get(id);
            if (backward) {
                problems.addAll(incompatibilities(candidate, previous, "new schema cannot read data written with id " + id));
            }
            if (forward) {
                problems.addAll(incompatibilities(previous, candidate, "schema id " + id + " cannot read data written with the new schema"));
            }
        }
        return problems;
    }

    private static List<String> incompatibilities(Schema reader, Schema writer, String context) {
        List<String> messages = new ArrayList<>();
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities()
                .forEach(i -> messages.add(context + ": " + i.getMessage() + " at " + i.getLocation()));
        return messages;
    }
}
