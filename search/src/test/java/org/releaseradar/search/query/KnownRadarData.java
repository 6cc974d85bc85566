package org.releaseradar.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.generic.IndexedRecord;
import org.releaseradar.schemas.Blocs;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.DateBasis;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.MentionKind;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.OrgMonthStats;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.avro.Severity;
import org.releaseradar.schemas.avro.TopModel;
import org.releaseradar.search.index.IndexInstaller;
import org.releaseradar.search.index.RadarIndex;

/**
 * A small, known Radar data set for the query tests: 18 releases (10 mainline, 8 derivatives) from CN, US,
 * FR, AE and unregistered namespaces over 2025-05..2025-07, 5 news articles, 4 alerts, and the origin-month
 * and org-month stats rows they make. The stats rows are computed here from the releases and articles by the
 * rules of the OriginMonthStats and OrgMonthStats field docs, so they are consistent with them by
 * construction; the tests assert hand-computed numbers, not these computations.
 *
 * <pre>
 * month    mainline releases                              derivatives (builder -> base)
 * 2025-05  google/medgemma-4b-it (US)
 * 2025-06  DeepSeek-R1-0528 (CN), Mistral-Small-3.2 (FR),  DeepSeek-R1-0528-Qwen3-8B (CN -> CN),
 *          gemma-3n-E4B-it (US), Falcon-H1-34B (AE)        DeepSeek-R1-Distill-Llama-70B (CN -> US),
 *                                                          unsloth gemma-3n GGUF (US -> US)
 * 2025-07  Qwen3-Coder-480B, Qwen3-235B-2507, Kimi-K2,     unsloth Qwen3-Coder GGUF (US -> CN),
 *          GLM-4.5 (CN), Devstral-Small-2507 (FR)          unsloth Kimi-K2 GGUF (US -> CN),
 *                                                          someuser Mistral-Small abliterated (UNKNOWN -> FR),
 *                                                          lmstudio-community Devstral GGUF (US -> FR),
 *                                                          randomlab mystery-merge (UNKNOWN -> UNKNOWN)
 * </pre>
 */
public final class KnownRadarData {

    private static final Instant UPDATED = Instant.parse("2025-08-02T06:00:00Z");

    private KnownRadarData() {
    }

    // ---------------------------------------------------------------- releases

    public static List<ModelRelease> releases() {
        return List.of(
                mainline("Qwen/Qwen3-Coder-480B-A35B-Instruct", "alibaba-qwen", "Alibaba (Qwen / Tongyi)", "CN", "2025-07-22T10:00:00Z", 500_000),
                mainline("Qwen/Qwen3-235B-A22B-Instruct-2507", "alibaba-qwen", "Alibaba (Qwen / Tongyi)", "CN", "2025-07-21T09:00:00Z", 800_000),
                mainline("deepseek-ai/DeepSeek-R1-0528", "deepseek", "DeepSeek", "CN", "2025-06-02T08:00:00Z", 3_456_789_012L),
                mainline("moonshotai/Kimi-K2-Instruct", "moonshot", "Moonshot AI", "CN", "2025-07-11T07:00:00Z", 300_000),
                mainline("zai-org/GLM-4.5", "zhipu", "Zhipu AI (Z.ai)", "CN", "2025-07-28T06:00:00Z", 200_000),
                mainline("mistralai/Mistral-Small-3.2-24B-Instruct-2506", "mistral", "Mistral AI", "FR", "2025-06-20T09:00:00Z", 400_000),
                mainline("mistralai/Devstral-Small-2507", "mistral", "Mistral AI", "FR", "2025-07-10T09:00:00Z", 100_000),
                mainline("google/gemma-3n-E4B-it", "google", "Google", "US", "2025-06-26T16:00:00Z", 600_000),
                mainline("google/medgemma-4b-it", "google", "Google", "US", "2025-05-20T16:00:00Z", 70_000),
                mainline("tiiuae/Falcon-H1-34B-Instruct", "tii", "Technology Innovation Institute", "AE", "2025-06-05T10:00:00Z", 90_000),
                derivative("unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF", "unsloth", "Unsloth AI", "US", "2025-07-23T10:00:00Z", 50_000,
                        LineageRelation.QUANTIZED, "Qwen/Qwen3-Coder-480B-A35B-Instruct", "alibaba-qwen", "CN"),
                derivative("unsloth/Kimi-K2-Instruct-GGUF", "unsloth", "Unsloth AI", "US", "2025-07-14T10:00:00Z", 20_000,
                        LineageRelation.QUANTIZED, "moonshotai/Kimi-K2-Instruct", "moonshot", "CN"),
                derivative("deepseek-ai/DeepSeek-R1-0528-Qwen3-8B", "deepseek", "DeepSeek", "CN", "2025-06-03T08:00:00Z", 700_000,
                        LineageRelation.FINETUNE, "Qwen/Qwen3-8B", "alibaba-qwen", "CN"),
                derivative("unsloth/gemma-3n-E4B-it-GGUF", "unsloth", "Unsloth AI", "US", "2025-06-27T10:00:00Z", 30_000,
                        LineageRelation.QUANTIZED, "google/gemma-3n-E4B-it", "google", "US"),
                derivative("someuser/Mistral-Small-3.2-24B-abliterated", null, null, null, "2025-07-02T20:00:00Z", 1_000,
                        LineageRelation.FINETUNE, "mistralai/Mistral-Small-3.2-24B-Instruct-2506", "mistral", "FR"),
                derivative("lmstudio-community/Devstral-Small-2507-GGUF", "lmstudio-community", "LM Studio Community", "US",
                        "2025-07-11T12:00:00Z", 5_000, LineageRelation.QUANTIZED, "mistralai/Devstral-Small-2507", "mistral", "FR"),
                derivative("randomlab/mystery-merge-7B", null, null, null, "2025-07-30T23:00:00Z", 10,
                        LineageRelation.MERGE, "anon/base-7B", null, Blocs.UNKNOWN_COUNTRY),
                derivative("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "deepseek", "DeepSeek", "CN", "2025-06-10T08:00:00Z", 400_000,
                        LineageRelation.FINETUNE, "meta-llama/Llama-3.3-70B-Instruct", "meta", "US"));
    }

    private static ModelRelease mainline(String repo, String orgId, String orgName, String country, String releasedAt,
                                         long downloads) {
        return release(repo, orgId, orgName, country, releasedAt, downloads, LineageRelation.BASE, null, null, null);
    }

    private static ModelRelease derivative(String repo, String orgId, String orgName, String country, String releasedAt,
                                           long downloads, LineageRelation relation, String base, String baseOrg,
                                           String baseCountry) {
        return release(repo, orgId, orgName, country, releasedAt, downloads, relation, base, baseOrg, baseCountry);
    }

    private static ModelRelease release(String repo, String orgId, String orgName, String country, String releasedAt,
                                        long downloads, LineageRelation relation, String base, String baseOrg,
                                        String baseCountry) {
        Instant released = Instant.parse(releasedAt);
        String origin = country == null ? Blocs.UNKNOWN_COUNTRY : country;
        boolean mainline = relation == LineageRelation.BASE;
        return ModelRelease.newBuilder()
                .setRepoId(repo)
                .setSource(ModelSource.HUGGING_FACE)
                .setAuthor(repo.substring(0, repo.indexOf('/')).toLowerCase(Locale.ROOT))
                .setOrganizationId(orgId)
                .setOrganizationName(orgName)
                .setOriginCountry(origin)
                .setOriginBloc(Blocs.of(origin))
                .setReleasedAt(released)
                .setDateBasis(DateBasis.HUB_CREATED_AT)
                .setMonth(month(released))
                .setHubCreatedAt(released)
                .setDownloads(downloads / 10)
                .setDownloadsAllTime(downloads)
                .setLikes(downloads / 1000)
                .setPipelineTag("text-generation")
                .setLibraryName(repo.endsWith("GGUF") ? "gguf" : "transformers")
                .setTags(repo.endsWith("GGUF") ? List.of("gguf", "text-generation") : List.of("transformers", "text-generation"))
                .setLicense("apache-2.0")
                .setRelation(relation)
                .setBaseModels(mainline ? List.of() : List.of(base))
                .setBaseOrganizationId(mainline ? null : baseOrg)
                .setBaseOriginCountry(mainline ? null : baseCountry)
                .setBaseOriginBloc(mainline ? null : Blocs.of(baseCountry))
                .setUpdatedAt(UPDATED)
                .setModality("TEXT")
                .build();
    }

    // ---------------------------------------------------------------- news

    public static List<NewsItem> news() {
        return List.of(
                article("news-qwen3-coder", "Alibaba releases Qwen3-Coder, its most agentic code model yet",
                        "Qwen3-Coder-480B-A35B-Instruct is a mixture-of-experts model that writes and fixes code across whole repositories.",
                        "2025-07-23T08:00:00Z",
                        org("Alibaba", "alibaba-qwen", "CN", null),
                        model("Qwen3-Coder-480B-A35B-Instruct", "alibaba-qwen", "Qwen/Qwen3-Coder-480B-A35B-Instruct", "CN",
                                "Qwen3-Coder-480B-A35B-Instruct is a mixture-of-experts model")),
                article("news-kimi-k2", "Kimi K2 and the rise of Chinese open-weight models",
                        "Moonshot AI's Kimi K2 joins a wave of Chinese open-weight releases, while Meta's next Llama is still to come.",
                        "2025-07-15T12:00:00Z",
                        org("Moonshot AI", "moonshot", "CN", "Moonshot AI's Kimi K2 joins a wave"),
                        org("Meta", "meta", "US", "while Meta's next Llama is still to come")),
                article("news-devstral", "Mistral releases Devstral Small 1.1 for coding agents",
                        "The Paris-based lab updated its open-weight model for software engineering agents under Apache 2.0.",
                        "2025-07-10T15:00:00Z",
                        org("Mistral", "mistral", "FR", null)),
                article("news-deepseek-r1", "DeepSeek updates its R1 reasoning model",
                        "R1-0528 improves reasoning depth and reduces hallucinations, the lab says.",
                        "2025-06-01T09:00:00Z",
                        org("DeepSeek", "deepseek", "CN", null)),
                // No publication date (counted in the month it was fetched) and no mention: no origin at all.
                article("news-roundup", "Weekly roundup: open models everywhere", null, null));
    }

    private static Mention org(String name, String orgId, String country, String snippet) {
        return Mention.newBuilder().setKind(MentionKind.ORG).setName(name).setOrganizationId(orgId)
                .setOriginCountry(country).setOriginBloc(Blocs.of(country)).setSnippet(snippet).build();
    }

    private static Mention model(String name, String orgId, String repo, String country, String snippet) {
        return Mention.newBuilder().setKind(MentionKind.MODEL).setName(name).setOrganizationId(orgId).setRepoId(repo)
                .setOriginCountry(country).setOriginBloc(Blocs.of(country)).setSnippet(snippet).build();
    }

    private static NewsItem article(String id, String title, String summary, String publishedAt, Mention... mentions) {
        Instant published = publishedAt == null ? null : Instant.parse(publishedAt);
        Instant fetched = published == null ? Instant.parse("2025-06-30T12:00:00Z") : published.plusSeconds(600);
        TreeSet<String> origins = new TreeSet<>();
        EnumSet<Bloc> blocs = EnumSet.noneOf(Bloc.class);
        for (Mention m : mentions) {
            origins.add(m.getOriginCountry());
            blocs.add(m.getOriginBloc());
        }
        return NewsItem.newBuilder()
                .setId(id)
                .setFeedUrl("https://news.example.org/ai/feed.xml")
                .setFeedTitle("Example AI News")
                .setUrl("https://news.example.org/ai/" + id)
                .setTitle(title)
                .setSummary(summary)
                .setPublishedAt(published)
                .setFetchedAt(fetched)
                .setMonth(month(published != null ? published : fetched))
                .setAuthors(List.of("A. Writer"))
                .setCategories(List.of("open models"))
                .setMentions(List.of(mentions))
                .setOrigins(new ArrayList<>(origins))
                .setOriginBlocs(new ArrayList<>(blocs))
                .setLinkedAt(fetched.plusSeconds(1))
                .build();
    }

    // ---------------------------------------------------------------- alerts

    public static List<Alert> alerts() {
        return List.of(
                alert("origin-share-shift|CN|2025-07", "origin-share-shift", Severity.WARNING,
                        "China's share of new derivatives rose from 33% to 50%",
                        "In 2025-07, 2 of the 4 derivatives with a known base were built on Chinese models (50%), up from 1 of 3 in 2025-06 (33%).",
                        Map.of("share_before", "0.33", "share_after", "0.50"), List.of(), "CN", null, "2025-07", "2025-08-01T00:00:05Z"),
                alert("watched-release|Qwen/Qwen3-Coder-480B-A35B-Instruct", "watched-release", Severity.NOTICE,
                        "Alibaba (Qwen / Tongyi) released Qwen3-Coder-480B-A35B-Instruct",
                        "A watched organisation published a new mainline model: Qwen/Qwen3-Coder-480B-A35B-Instruct (text-generation, apache-2.0).",
                        Map.of("repo_id", "Qwen/Qwen3-Coder-480B-A35B-Instruct"),
                        List.of("https://huggingface.co/Qwen/Qwen3-Coder-480B-A35B-Instruct"), "CN", "alibaba-qwen", "2025-07",
                        "2025-07-22T12:00:00Z"),
                alert("origin-gap|US|2025-07", "origin-gap", Severity.INFO,
                        "No mainline release from the United States in 2025-07",
                        "Organisations in the US published 0 mainline releases in 2025-07, after 1 in 2025-06.",
                        Map.of("releases", "0", "releases_before", "1"), List.of(), "US", null, "2025-07", "2025-08-01T00:00:06Z"),
                alert("news-burst|mistral|2025-07", "news-burst", Severity.NOTICE,
                        "Burst of news about Mistral AI",
                        "Articles mentioning Mistral AI rose well above their usual rate.",
                        Map.of("articles", "1"), List.of("https://news.example.org/ai/news-devstral"), "FR", "mistral", "2025-07",
                        "2025-07-11T09:00:00Z"));
    }

    private static Alert alert(String id, String rule, Severity severity, String title, String text, Map<String, String> facts,
                               List<String> links, String origin, String organization, String month, String createdAt) {
        return Alert.newBuilder().setId(id).setRule(rule).setSeverity(severity).setTitle(title).setText(text)
                .setFacts(new TreeMap<>(facts)).setLinks(links).setOrigin(origin).setOrganization(organization)
                .setMonth(month).setCreatedAt(Instant.parse(createdAt)).build();
    }

    // ---------------------------------------------------------------- stats rows

    /**
     * The origin-month rows, by the OriginMonthStats field docs: a release counts on its own country's row and,
     * for EU and OTHER, its bloc's row (BLOC rows exist only for those two); a derivative also counts in
     * derivatives_by_base_origin of its base's country (and EU/OTHER bloc) row, keyed by its own country; an
     * article counts once on each origin and each EU/OTHER bloc it mentions.
     */
    public static List<OriginMonthStats> originMonthStats() {
        Map<String, OriginRow> rows = new TreeMap<>();
        for (ModelRelease r : releases()) {
            String own = r.getOriginCountry();
            List<OriginRow> ownRows = originRows(rows, own, r.getOriginBloc(), r.getMonth());
            for (OriginRow row : ownRows) {
                row.add(r);
            }
            if (r.getRelation() != LineageRelation.BASE) {
                for (OriginRow row : originRows(rows, r.getBaseOriginCountry(), r.getBaseOriginBloc(), r.getMonth())) {
                    row.derivativesByBaseOrigin.merge(own, 1L, Long::sum);
                }
            }
        }
        for (NewsItem n : news()) {
            for (String origin : n.getOrigins()) {
                originRows(rows, origin, null, n.getMonth()).forEach(row -> row.newsArticles++);
            }
            for (Bloc bloc : n.getOriginBlocs()) {
                if (bloc == Bloc.EU || bloc == Bloc.OTHER) {
                    rows.computeIfAbsent(bloc.name() + "|" + n.getMonth(), k -> new OriginRow(bloc.name(), OriginLevel.BLOC, n.getMonth()))
                            .newsArticles++;
                }
            }
        }
        return rows.values().stream().map(OriginRow::stats).toList();
    }

    private static List<OriginRow> originRows(Map<String, OriginRow> rows, String country, Bloc bloc, String month) {
        List<OriginRow> touched = new ArrayList<>();
        touched.add(rows.computeIfAbsent(country + "|" + month, k -> new OriginRow(country, OriginLevel.COUNTRY, month)));
        if (bloc == Bloc.EU || bloc == Bloc.OTHER) {
            touched.add(rows.computeIfAbsent(bloc.name() + "|" + month, k -> new OriginRow(bloc.name(), OriginLevel.BLOC, month)));
        }
        return touched;
    }

    /** The org-month rows, by the OrgMonthStats field docs (org = org_id, else ns:namespace, else UNKNOWN). */
    public static List<OrgMonthStats> orgMonthStats() {
        Map<String, List<ModelRelease>> byRow = new TreeMap<>();
        for (ModelRelease r : releases()) {
            byRow.computeIfAbsent(orgKey(r) + "|" + r.getMonth(), k -> new ArrayList<>()).add(r);
        }
        List<OrgMonthStats> stats = new ArrayList<>();
        byRow.forEach((key, releases) -> {
            ModelRelease first = releases.get(0);
            Counts c = new Counts();
            releases.forEach(c::add);
            stats.add(OrgMonthStats.newBuilder()
                    .setOrg(orgKey(first))
                    .setOrganizationId(first.getOrganizationId())
                    .setOrganizationName(first.getOrganizationName())
                    .setOriginCountry(first.getOriginCountry())
                    .setOriginBloc(first.getOriginBloc())
                    .setMonth(first.getMonth())
                    .setMainlineReleases(c.mainline).setDerivatives(c.derivatives()).setFinetunes(c.finetunes)
                    .setQuantized(c.quantized).setAdapters(c.adapters).setMerges(c.merges).setOtherDerivatives(c.other)
                    .setDownloadsAllTime(c.downloads)
                    .setUpdatedAt(UPDATED)
                    .build());
        });
        return stats;
    }

    static String orgKey(ModelRelease r) {
        return r.getOrganizationId() != null ? r.getOrganizationId() : "ns:" + r.getAuthor();
    }

    private static final class Counts {
        long mainline;
        long finetunes;
        long quantized;
        long adapters;
        long merges;
        long other;
        long downloads;

        void add(ModelRelease r) {
            switch (r.getRelation()) {
                case BASE -> mainline++;
                case FINETUNE -> finetunes++;
                case QUANTIZED -> quantized++;
                case ADAPTER -> adapters++;
                case MERGE -> merges++;
                default -> other++;
            }
            downloads += r.getDownloadsAllTime();
        }

        long derivatives() {
            return finetunes + quantized + adapters + merges + other;
        }
    }

    private static final class OriginRow {
        final String origin;
        final OriginLevel level;
        final String month;
        final Counts counts = new Counts();
        final TreeSet<String> organizations = new TreeSet<>();
        final Map<String, Long> derivativesByBaseOrigin = new TreeMap<>();
        final Map<String, Long> derivativeBaseOrigins = new TreeMap<>();
        final Map<String, Long> mainlineDownloads = new LinkedHashMap<>();
        long newsArticles;

        OriginRow(String origin, OriginLevel level, String month) {
            this.origin = origin;
            this.level = level;
            this.month = month;
        }

        void add(ModelRelease r) {
            counts.add(r);
            organizations.add(orgKey(r));
            if (r.getRelation() == LineageRelation.BASE) {
                mainlineDownloads.put(r.getRepoId(), r.getDownloadsAllTime());
            } else {
                derivativeBaseOrigins.merge(r.getBaseOriginCountry(), 1L, Long::sum);
            }
        }

        OriginMonthStats stats() {
            List<TopModel> top = mainlineDownloads.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10)
                    .map(e -> new TopModel(e.getKey(), e.getValue()))
                    .toList();
            return OriginMonthStats.newBuilder()
                    .setOrigin(origin).setOriginLevel(level).setMonth(month)
                    .setMainlineReleases(counts.mainline).setDerivatives(counts.derivatives()).setFinetunes(counts.finetunes)
                    .setQuantized(counts.quantized).setAdapters(counts.adapters).setMerges(counts.merges)
                    .setOtherDerivatives(counts.other)
                    .setDistinctOrganizations(organizations.size()).setOrganizations(new ArrayList<>(organizations))
                    .setDownloadsAllTime(counts.downloads)
                    .setDerivativesByBaseOrigin(new LinkedHashMap<>(derivativesByBaseOrigin))
                    .setTopModels(top)
                    .setNewsArticles(newsArticles)
                    .setDerivativeBaseOrigins(new LinkedHashMap<>(derivativeBaseOrigins))
                    .setUpdatedAt(UPDATED)
                    .build();
        }
    }

    // ---------------------------------------------------------------- indexing

    /** Every document of the data set, by index, keyed by its document id (the Kafka record key). */
    public static Map<RadarIndex, Map<String, IndexedRecord>> documents() {
        Map<RadarIndex, Map<String, IndexedRecord>> docs = new LinkedHashMap<>();
        releases().forEach(r -> docs.computeIfAbsent(RadarIndex.RELEASES, k -> new LinkedHashMap<>()).put(r.getRepoId(), r));
        news().forEach(n -> docs.computeIfAbsent(RadarIndex.NEWS, k -> new LinkedHashMap<>()).put(n.getId(), n));
        originMonthStats().forEach(s -> docs.computeIfAbsent(RadarIndex.STATS, k -> new LinkedHashMap<>())
                .put(s.getOrigin() + "|" + s.getMonth(), s));
        orgMonthStats().forEach(s -> docs.computeIfAbsent(RadarIndex.ORG_STATS, k -> new LinkedHashMap<>())
                .put(s.getOrg() + "|" + s.getMonth(), s));
        alerts().forEach(a -> docs.computeIfAbsent(RadarIndex.ALERTS, k -> new LinkedHashMap<>()).put(a.getId(), a));
        return docs;
    }

    /**
     * Replaces whatever Radar indices hold with this data set: deletes Radar's first indices (other tests in
     * the same JVM may have written there), installs the templates and aliases with {@link IndexInstaller}, and
     * bulk-indexes every document through its alias, refreshed so that it is searchable on return.
     */
    public static void load(ElasticsearchClient client) throws IOException {
        for (RadarIndex index : RadarIndex.values()) {
            client.indices().delete(d -> d.index(index.firstIndex()).ignoreUnavailable(true));
        }
        IndexInstaller.ensure(client, EnumSet.allOf(RadarIndex.class));
        List<BulkOperation> operations = new ArrayList<>();
        documents().forEach((index, docs) -> docs.forEach((id, record) -> operations.add(BulkOperation.of(op -> op
                .index(i -> i.index(index.alias()).id(id).document(AvroDocuments.document(record)))))));
        BulkResponse bulk = client.bulk(b -> b.refresh(Refresh.True).operations(operations));
        if (bulk.errors()) {
            throw new IllegalStateException("the known data set was not indexed: " + bulk.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.id() + ": " + i.error().reason()).toList());
        }
    }

    private static String month(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString();
    }
}
