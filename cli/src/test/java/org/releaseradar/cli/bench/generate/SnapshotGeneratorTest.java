package org.releaseradar.cli.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.avro.ModelSnapshot;

class SnapshotGeneratorTest {

    private static final int N = 50_000;
    private static Registry registry;
    private static List<SnapshotGenerator.Generated> generated;

    @BeforeAll
    static void generate() throws IOException {
        registry = Registry.read(orgsCsv());
        generated = new SnapshotGenerator(registry, 42).next(N);
    }

    static Path orgsCsv() {
        Path here = Path.of("").toAbsolutePath();
        Path csv = here.resolve("data/orgs.csv");
        return csv.toFile().exists() ? csv : here.getParent().resolve("data/orgs.csv");
    }

    @Test
    void theSameSeedGivesTheSameSnapshotsAndAnotherSeedOthers() {
        List<SnapshotGenerator.Generated> again = new SnapshotGenerator(registry, 42).next(1_000);
        assertThat(again).isEqualTo(generated.subList(0, 1_000));
        List<SnapshotGenerator.Generated> other = new SnapshotGenerator(registry, 43).next(1_000);
        assertThat(other).isNotEqualTo(generated.subList(0, 1_000));
    }

    @Test
    void aboutOneInFiveSnapshotsRepollsAKnownModelWithMoreDownloads() {
        Map<String, ModelSnapshot> latest = new HashMap<>();
        int resnapshots = 0;
        for (SnapshotGenerator.Generated g : generated) {
            ModelSnapshot s = g.snapshot();
            ModelSnapshot before = latest.put(s.getRepoId(), s);
            if (g.kind() == SnapshotGenerator.Kind.RESNAPSHOT) {
                resnapshots++;
                assertThat(before).as("a re-snapshot is of a model seen before").isNotNull();
                assertThat(s.getDownloadsAllTime()).isGreaterThan(before.getDownloadsAllTime());
                assertThat(s.getCreatedAt()).isEqualTo(before.getCreatedAt());
                assertThat(s.getPolledAt()).isAfter(before.getPolledAt());
            } else {
                assertThat(before).as("a new model has a new repo id").isNull();
            }
        }
        assertThat(resnapshots / (double) N).isCloseTo(0.20, within(0.01));
    }

    @Test
    void aboutSevenInTenNewModelsAreDerivativesOfEarlierModelsFromSeveralOrigins() {
        Map<String, ModelSnapshot> models = new HashMap<>();
        Map<String, String> countryOf = new HashMap<>();
        registry.organizations().forEach(o -> countryOf.put(o.getNamespace(), o.getCountry()));
        int fresh = 0;
        int derivatives = 0;
        Set<String> relations = new HashSet<>();
        Set<String> baseCountries = new HashSet<>();
        for (SnapshotGenerator.Generated g : generated) {
            ModelSnapshot s = g.snapshot();
            if (g.kind() == SnapshotGenerator.Kind.RESNAPSHOT) {
                continue;
            }
            fresh++;
            if (g.kind() == SnapshotGenerator.Kind.DERIVATIVE) {
                derivatives++;
                assertThat(s.getBaseModels()).hasSize(1);
                ModelSnapshot base = models.get(s.getBaseModels().get(0));
                assertThat(base).as("the base was generated earlier").isNotNull();
                relations.add(s.getBaseModelRelation());
                assertThat(s.getTags()).contains("base_model:" + s.getBaseModelRelation() + ":" + base.getRepoId());
                String country = countryOf.get(base.getAuthor());
                if (country != null) {
                    baseCountries.add(country);
                }
            } else {
                assertThat(s.getBaseModels()).isEmpty();
                assertThat(s.getBaseModelRelation()).isNull();
            }
            models.put(s.getRepoId(), s);
        }
        assertThat(derivatives / (double) fresh).isCloseTo(0.70, within(0.02));
        assertThat(relations).containsExactlyInAnyOrder("finetune", "quantized", "adapter", "merge");
        assertThat(baseCountries).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void authorsFollowAZipfLawOverTheRegistryPlusSomeUnknownNamespaces() {
        List<String> namespaces = registry.namespaces();
        Map<String, Integer> counts = new HashMap<>();
        int unknown = 0;
        int fresh = 0;
        for (SnapshotGenerator.Generated g : generated) {
            if (g.kind() == SnapshotGenerator.Kind.RESNAPSHOT) {
                continue;
            }
            fresh++;
            String author = g.snapshot().getAuthor();
            assertThat(g.snapshot().getRepoId()).startsWith(author + "/");
            if (namespaces.contains(author)) {
                counts.merge(author, 1, Integer::sum);
            } else {
                assertThat(author).startsWith("user-");
                unknown++;
            }
        }
        assertThat(unknown / (double) fresh).isCloseTo(SnapshotGenerator.UNKNOWN_SHARE, within(0.01));
        int known = fresh - unknown;
        Zipf zipf = new Zipf(namespaces.size(), SnapshotGenerator.ZIPF_EXPONENT);
        // The head follows the law: rank 1, 2, 5 within 10% of their expected share.
        for (int rank : new int[] {0, 1, 4}) {
            double expected = zipf.probability(rank) * known;
            assertThat((double) counts.getOrDefault(namespaces.get(rank), 0)).as("rank %d", rank + 1)
                    .isCloseTo(expected, within(expected * 0.10));
        }
        // And the head dominates the tail: the top 10 publish more than the last half of the registry.
        int top10 = namespaces.subList(0, 10).stream().mapToInt(ns -> counts.getOrDefault(ns, 0)).sum();
        int tail = namespaces.subList(namespaces.size() / 2, namespaces.size()).stream()
                .mapToInt(ns -> counts.getOrDefault(ns, 0)).sum();
        assertThat(top10).isGreaterThan(tail);
    }

    @Test
    void creationDatesSpanThreeYearsEvenly() {
        Instant start = SnapshotGenerator.END.minus(SnapshotGenerator.SPAN);
        int[] perYear = new int[3];
        int fresh = 0;
        for (SnapshotGenerator.Generated g : generated) {
            if (g.kind() == SnapshotGenerator.Kind.RESNAPSHOT) {
                continue;
            }
            Instant created = g.snapshot().getCreatedAt();
            assertThat(created).isBetween(start, SnapshotGenerator.END);
            perYear[(int) Math.min(2, (created.toEpochMilli() - start.toEpochMilli()) * 3 / SnapshotGenerator.SPAN.toMillis())]++;
            fresh++;
        }
        for (int year : perYear) {
            assertThat(year / (double) fresh).isCloseTo(1 / 3.0, within(0.02));
        }
    }

    @Test
    void newsArticlesNameARegistryOrganisationAndTheModel() {
        NewsGenerator news = new NewsGenerator(registry, 42);
        Set<String> ids = new HashSet<>();
        for (SnapshotGenerator.Generated g : generated.subList(0, 500)) {
            var article = news.about(g.snapshot());
            assertThat(ids.add(article.getId())).isTrue();
            String name = g.snapshot().getRepoId().substring(g.snapshot().getRepoId().indexOf('/') + 1);
            assertThat(article.getTitle()).endsWith(name);
            assertThat(article.getPublishedAt()).isAfter(g.snapshot().getCreatedAt());
        }
        assertThat(new NewsGenerator(registry, 42).about(generated.get(0).snapshot()))
                .isEqualTo(new NewsGenerator(registry, 42).about(generated.get(0).snapshot()));
    }
}
