package org.releaseradar.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.DateBasis;
import org.releaseradar.schemas.avro.EpochModel;
import org.releaseradar.schemas.avro.LineageRelation;
import org.releaseradar.schemas.avro.Mention;
import org.releaseradar.schemas.avro.MentionKind;
import org.releaseradar.schemas.avro.ModelRelease;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.ModelSource;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.NewsItem;
import org.releaseradar.schemas.avro.Openness;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Organization;
import org.releaseradar.schemas.avro.OriginLevel;
import org.releaseradar.schemas.avro.OriginMonthStats;
import org.releaseradar.schemas.avro.Severity;
import org.releaseradar.schemas.avro.SizeClass;
import org.releaseradar.schemas.avro.TopModel;

/** One realistic, fully populated example of every topic record. */
public final class TestRecords {

    private static final Instant POLLED = Instant.parse("2025-07-29T10:15:30.123Z");

    private TestRecords() {
    }

    public static Organization organization() {
        return Organization.newBuilder()
                .setNamespace("zai-org").setOrgId("zhipu").setDisplayName("Zhipu AI (Z.ai)")
                .setNamespaces(List.of("zai-org", "thudm")).setCountry("CN").setBloc(Bloc.CN).setKind(OrgKind.LAB)
                .setAliases(List.of("Zhipu", "Z.ai", "GLM")).setCountrySource("curated").build();
    }

    public static ModelSnapshot modelSnapshot() {
        return ModelSnapshot.newBuilder()
                .setRepoId("zai-org/GLM-4.5").setHubId("6880f6f1a1b2c3d4e5f60718").setAuthor("zai-org")
                .setCreatedAt(Instant.parse("2025-07-28T08:00:00Z")).setCreatedAtIsPlaceholder(false)
                .setLastModified(Instant.parse("2025-08-11T12:00:00Z"))
                .setDownloads(123_456).setDownloadsAllTime(987_654).setLikes(1_234)
                .setPipelineTag("text-generation").setLibraryName("transformers")
                .setTags(List.of("transformers", "license:mit", "region:us")).setLicense("mit").setLicenseName(null)
                .setBaseModels(List.of()).setBaseModelRelation(null).setGated(null)
                .setParameterCount(358_000_000_000L).setPolledAt(POLLED).build();
    }

    public static EpochModel epochModel() {
        return EpochModel.newBuilder()
                .setModel("GLM-4.5").setOrganizations(List.of("Zhipu AI")).setCountries(List.of("China"))
                .setPublicationDate(LocalDate.parse("2025-08-05")).setDomains(List.of("Language"))
                .setParameters(3.55e11).setAccessibility("Open weights (unrestricted)").setOpenWeights(true)
                .setBaseModel(null).setLink("https://z.ai/blog/glm-4.5").setOrganizationCategorization(List.of("Industry"))
                .build();
    }

    public static NewsArticle newsArticle() {
        return NewsArticle.newBuilder()
                .setId("a1b2c3").setFeedUrl("https://example.org/feed.xml").setFeedTitle("Example AI News")
                .setUrl("https://example.org/glm-4-5").setTitle("Zhipu releases GLM-4.5 under MIT")
                .setSummary("Z.ai open-sourced GLM-4.5…").setPublishedAt(Instant.parse("2025-07-28T09:00:00Z"))
                .setFetchedAt(POLLED).setAuthors(List.of("A. Writer")).setCategories(List.of("open models")).build();
    }

    public static ModelRelease modelRelease() {
        return ModelRelease.newBuilder()
                .setRepoId("unsloth/GLM-4.5-GGUF").setSource(ModelSource.HUGGING_FACE).setAuthor("unsloth")
                .setOrganizationId("unsloth").setOrganizationName("Unsloth AI").setOrganizationKind(OrgKind.COMMUNITY)
                .setOriginCountry("US").setOriginBloc(Bloc.US)
                .setReleasedAt(Instant.parse("2025-07-29T01:02:03Z")).setDateBasis(DateBasis.HUB_CREATED_AT).setMonth("2025-07")
                .setHubCreatedAt(Instant.parse("2025-07-29T01:02:03Z")).setCreatedAtIsPlaceholder(false)
                .setPublicationDate(null).setLastModified(null)
                .setDownloads(5_000).setDownloadsAllTime(40_000).setLikes(80)
                .setPipelineTag("text-generation").setLibraryName("gguf").setTags(List.of("gguf"))
                .setLicense("mit").setOpenness(Openness.OPEN_WEIGHTS_PERMISSIVE).setGated(false)
                .setParameterCount(358_000_000_000L).setSizeClass(SizeClass.FRONTIER)
                .setRelation(LineageRelation.QUANTIZED).setBaseModels(List.of("zai-org/GLM-4.5"))
                .setBaseOrganizationId("zhipu").setBaseOriginCountry("CN").setBaseOriginBloc(Bloc.CN)
                .setEpochModel(null).setUpdatedAt(POLLED).build();
    }

    public static NewsItem newsItem() {
        return NewsItem.newBuilder()
                .setId("a1b2c3").setFeedUrl("https://example.org/feed.xml").setFeedTitle(null)
                .setUrl("https://example.org/glm-4-5").setTitle("Zhipu releases GLM-4.5 under MIT").setSummary(null)
                .setPublishedAt(null).setFetchedAt(POLLED).setMonth("2025-07").setAuthors(List.of()).setCategories(List.of())
                .setMentions(List.of(
                        Mention.newBuilder().setKind(MentionKind.ORG).setName("Zhipu").setOrganizationId("zhipu")
                                .setRepoId(null).setOriginCountry("CN").setOriginBloc(Bloc.CN).setSnippet(null).build(),
                        Mention.newBuilder().setKind(MentionKind.MODEL).setName("GLM-4.5").setOrganizationId("zhipu")
                                .setRepoId("zai-org/GLM-4.5").setOriginCountry("CN").setOriginBloc(Bloc.CN)
                                .setSnippet("…released GLM-4.5, a 355B MoE…").build()))
                .setOrigins(List.of("CN")).setOriginBlocs(List.of(Bloc.CN)).setLinkedAt(POLLED).build();
    }

    public static OriginMonthStats originMonthStats() {
        return OriginMonthStats.newBuilder()
                .setOrigin("CN").setOriginLevel(OriginLevel.COUNTRY).setMonth("2025-07")
                .setMainlineReleases(12).setDerivatives(340).setFinetunes(200).setQuantized(100).setAdapters(30)
                .setMerges(9).setOtherDerivatives(1).setDistinctOrganizations(2).setOrganizations(List.of("alibaba", "zhipu"))
                .setDownloadsAllTime(10_000_000).setDerivativesByBaseOrigin(Map.of("CN", 120L, "US", 200L, "UNKNOWN", 20L))
                .setTopModels(List.of(TopModel.newBuilder().setRepoId("Qwen/Qwen3-8B").setDownloadsAllTime(5_000_000).build()))
                .setNewsArticles(17).setUpdatedAt(POLLED).build();
    }

    public static Alert alert() {
        return Alert.newBuilder()
                .setId("origin-share-shift:CN:2025-07").setRule("origin-share-shift").setSeverity(Severity.NOTICE)
                .setTitle("China's share of new derivatives rose to 70%").setText("From 10% in 2023-10 to 70% in 2025-07.")
                .setFacts(Map.of("share_before", "0.10", "share_after", "0.70"))
                .setLinks(List.of("https://huggingface.co/zai-org/GLM-4.5")).setOrigin("CN").setOrganization(null)
                .setMonth("2025-07").setCreatedAt(POLLED).build();
    }

    /** Every record type, one example each. */
    public static List<SpecificRecord> all() {
        return List.of(organization(), modelSnapshot(), epochModel(), newsArticle(), modelRelease(), newsItem(),
                originMonthStats(), alert());
    }
}
