package org.releaseradar.cli.bench.generate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.releaseradar.schemas.avro.ModelSnapshot;
import org.releaseradar.schemas.avro.NewsArticle;
import org.releaseradar.schemas.avro.Organization;

/**
 * Synthetic news articles about the generated models: each names an organisation (by an alias the
 * registry lists, so the news linker has work to do) and one of its models. Deterministic by seed.
 */
public final class NewsGenerator {

    private static final String[] VERBS = {"releases", "open-sources", "unveils", "ships", "publishes"};
    private static final String[] FEEDS = {"https://news.example.org/ai/feed.xml", "https://blog.example.com/atom.xml",
        "https://press.example.net/rss"};

    private final SplittableRandom random;
    private final List<Organization> organizations;
    private final Zipf popularity;
    private long sequence;

    public NewsGenerator(Registry registry, long seed) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.organizations = registry.organizations();
        this.popularity = new Zipf(organizations.size(), SnapshotGenerator.ZIPF_EXPONENT);
    }

    /** An article about {@code model} (any generated snapshot), attributed to a registry organisation. */
    public NewsArticle about(ModelSnapshot model) {
        Organization org = organizations.get(popularity.draw(random));
        List<String> aliases = org.getAliases().stream().map(Object::toString).toList();
        String who = aliases.isEmpty() ? org.getDisplayName().toString() : aliases.get(random.nextInt(aliases.size()));
        String name = model.getRepoId().toString();
        name = name.substring(name.indexOf('/') + 1);
        long id = sequence++;
        Instant published = model.getCreatedAt() == null ? SnapshotGenerator.END : model.getCreatedAt().plusSeconds(3_600);
        String feed = FEEDS[random.nextInt(FEEDS.length)];
        return NewsArticle.newBuilder()
                .setId(String.format(Locale.ROOT, "bench-%016x", id))
                .setFeedUrl(feed)
                .setFeedTitle("Bench feed " + feed.length())
                .setUrl(feed.replace("feed.xml", "").replace("atom.xml", "").replace("rss", "") + "articles/" + id)
                .setTitle(who + " " + VERBS[random.nextInt(VERBS.length)] + " " + name)
                .setSummary(who + " published " + name + ", a " + model.getPipelineTag() + " model under "
                        + model.getLicense() + ". Early users report strong results.")
                .setPublishedAt(published)
                .setFetchedAt(published.plusSeconds(600))
                .setAuthors(List.of("Bench Reporter"))
                .setCategories(List.of("AI", "open models"))
                .build();
    }
}
