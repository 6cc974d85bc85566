package org.releaseradar.cli.bench.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.releaseradar.schemas.avro.ModelSnapshot;

/**
 * Synthetic Hugging Face Hub snapshots shaped like the real Hub, deterministic by seed:
 * <ul>
 *   <li>authors drawn with a Zipf law over the registry's namespaces (file order as rank), plus
 *       {@link #UNKNOWN_SHARE} of authors from a pool of namespaces the registry does not know (users,
 *       small labs: they must come out as origin UNKNOWN, not be dropped);</li>
 *   <li>creation dates uniform over the {@link #SPAN} before {@link #END};</li>
 *   <li>{@link #RESNAPSHOT_SHARE} of snapshots re-poll a model already seen, with more downloads and
 *       likes (the aggregates must replace, not add, its contribution);</li>
 *   <li>{@link #DERIVATIVE_SHARE} of new models are derivatives (finetune, quantized, adapter, merge) of
 *       an earlier model, whose popularity is itself Zipf-like, so bases come from many origins.</li>
 * </ul>
 * Not thread-safe; one generator per sequence.
 */
public final class SnapshotGenerator {

    public static final double UNKNOWN_SHARE = 0.10;
    public static final double RESNAPSHOT_SHARE = 0.20;
    public static final double DERIVATIVE_SHARE = 0.70;
    public static final double ZIPF_EXPONENT = 1.1;
    public static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    public static final Duration SPAN = Duration.ofDays(3 * 365);
    static final int UNKNOWN_POOL = 2_000;
    private static final String[] RELATIONS = {"finetune", "quantized", "adapter", "merge"};
    private static final double[] RELATION_WEIGHTS = {0.45, 0.30, 0.15, 0.10};
    private static final String[] TASKS = {"text-generation", "image-text-to-text", "text-to-image",
        "automatic-speech-recognition", "feature-extraction", "text-classification"};
    private static final String[] LICENSES = {"apache-2.0", "mit", "llama3.1", "other", "cc-by-nc-4.0", "gemma"};
    private static final String[] LIBRARIES = {"transformers", "gguf", "mlx", "diffusers", "peft", "safetensors"};

    private final SplittableRandom random;
    private final List<String> known;
    private final Zipf knownAuthors;
    private final Zipf unknownAuthors = new Zipf(UNKNOWN_POOL, ZIPF_EXPONENT);
    private final Zipf bases = new Zipf(5_000, 0.9);
    /** Every model generated so far, latest state, in creation order: the pool for re-snapshots and bases. */
    private final List<ModelSnapshot> models = new ArrayList<>();
    private long sequence;
    private Instant polledAt = END;

    public SnapshotGenerator(Registry registry, long seed) {
        this.random = new SplittableRandom(seed);
        this.known = registry.namespaces();
        this.knownAuthors = new Zipf(known.size(), ZIPF_EXPONENT);
    }

    /** What one generated snapshot is, for tests and for choosing freshness markers. */
    public enum Kind { MAINLINE, DERIVATIVE, RESNAPSHOT }

    /** A snapshot and what it is. */
    public record Generated(ModelSnapshot snapshot, Kind kind) {
    }

    public Generated next() {
        polledAt = polledAt.plusMillis(1 + random.nextInt(20));
        if (!models.isEmpty() && random.nextDouble() < RESNAPSHOT_SHARE) {
            int index = random.nextInt(models.size());
            ModelSnapshot earlier = models.get(index);
            long more = 1 + (long) (earlier.getDownloadsAllTime() * random.nextDouble() * 0.2) + random.nextInt(500);
            ModelSnapshot again = ModelSnapshot.newBuilder(earlier)
                    .setDownloads(earlier.getDownloads() + more / 2)
                    .setDownloadsAllTime(earlier.getDownloadsAllTime() + more)
                    .setLikes(earlier.getLikes() + random.nextInt(5))
                    .setPolledAt(polledAt)
                    .build();
            models.set(index, again);
            return new Generated(again, Kind.RESNAPSHOT);
        }
        boolean derivative = models.size() >= 10 && random.nextDouble() < DERIVATIVE_SHARE;
        ModelSnapshot model = derivative ? derivative() : mainline();
        models.add(model);
        return new Generated(model, derivative ? Kind.DERIVATIVE : Kind.MAINLINE);
    }

    public List<Generated> next(int count) {
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /** The namespace a new model is published under. */
    String author() {
        if (random.nextDouble() < UNKNOWN_SHARE) {
            return String.format(Locale.ROOT, "user-%04d", unknownAuthors.draw(random));
        }
        return known.get(knownAuthors.draw(random));
    }

    private ModelSnapshot mainline() {
        String author = author();
        long downloads = (long) Math.pow(10, 2 + random.nextDouble() * 5);
        return base(author, name("base"), downloads)
                .setTags(List.of("license:" + LICENSES[random.nextInt(LICENSES.length)], "region:us"))
                .build();
    }

    private ModelSnapshot derivative() {
        // Popular bases get most derivatives: a Zipf draw over the oldest models first.
        ModelSnapshot base = models.get(bases.draw(random) % models.size());
        String relation = weighted(RELATIONS, RELATION_WEIGHTS);
        String author = author();
        String baseRepo = base.getRepoId().toString();
        return base(author, baseRepo.substring(baseRepo.indexOf('/') + 1) + "-" + relation, (long) Math.pow(10, 1 + random.nextDouble() * 4))
                .setBaseModels(List.of(baseRepo))
                .setBaseModelRelation(relation)
                .setTags(List.of("license:" + LICENSES[random.nextInt(LICENSES.length)],
                        "base_model:" + relation + ":" + baseRepo, "region:us"))
                .build();
    }

    private ModelSnapshot.Builder base(String author, String name, long downloadsAllTime) {
        long id = sequence++;
        Instant created = END.minusMillis((long) (random.nextDouble() * SPAN.toMillis()));
        return ModelSnapshot.newBuilder()
                .setRepoId(author + "/" + name + "-" + Long.toString(id, 36))
                .setHubId(String.format(Locale.ROOT, "%024x", id))
                .setAuthor(author)
                .setCreatedAt(created)
                .setLastModified(created.plusSeconds(random.nextInt(86_400 * 30)))
                .setDownloads(downloadsAllTime / 10)
                .setDownloadsAllTime(downloadsAllTime)
                .setLikes(random.nextInt(2_000))
                .setPipelineTag(TASKS[random.nextInt(TASKS.length)])
                .setLibraryName(LIBRARIES[random.nextInt(LIBRARIES.length)])
                .setLicense(LICENSES[random.nextInt(LICENSES.length)])
                .setParameterCount((long) Math.pow(10, 8 + random.nextDouble() * 3))
                .setPolledAt(polledAt);
    }

    private String name(String prefix) {
        return prefix + "-" + (1 + random.nextInt(70)) + "b";
    }

    private String weighted(String[] values, double[] weights) {
        double at = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Models generated so far (each counted once, whatever its re-snapshots). */
    public int distinctModels() {
        return models.size();
    }
}
