package org.releaseradar.cli.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.releaseradar.cli.pipeline.SourcePlan;
import picocli.CommandLine.Option;

/**
 * The source options of {@code radar run} and how they become a {@link SourcePlan}. Giving any source
 * option ({@code --hf-*}, {@code --feed}, {@code --epoch}) replaces the default sources: only the sources
 * given run. The org registry is not a source in that sense: attribution always needs it.
 */
final class RunOptions {

    static final String DEFAULT_HUB = "https://huggingface.co";
    static final String DEFAULT_EPOCH = "https://epoch.ai/data/notable_ai_models.csv";
    static final String DEFAULT_FEEDS_RESOURCE = "default-feeds.txt";

    @Option(names = "--hf-url", paramLabel = "URL", description = "Hugging Face Hub API base URL (default: " + DEFAULT_HUB + ").")
    String hfUrl;

    @Option(names = "--hf-authors", paramLabel = "a,b", split = ",",
            description = "Hub namespaces to follow (default with the Hub: every namespace in the org registry).")
    List<String> hfAuthors;

    @Option(names = "--hf-all", description = "List the whole Hub back to --hf-since instead of named authors.")
    boolean hfAll;

    @Option(names = "--hf-since", paramLabel = "DATE", description = "Oldest model creation date to list (yyyy-MM-dd).")
    String hfSince;

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS/Atom feed to read (repeatable).")
    List<String> feeds;

    @Option(names = "--epoch", paramLabel = "URL|FILE", description = "Epoch AI's notable models CSV (URL or file).")
    String epoch;

    @Option(names = "--orgs", paramLabel = "FILE", description = "The org registry (default: data/orgs.csv of the clone).")
    String orgs;

    /** True when a source option was given, i.e. the defaults are replaced. */
    boolean anySource() {
        return hfUrl != null || hfAuthors != null || hfAll || hfSince != null || feeds != null || epoch != null;
    }

    /**
     * The plan these options describe.
     *
     * @param bundledOrgs the registry to use without {@code --orgs}
     * @throws IllegalArgumentException with a sentence naming the option at fault
     */
    SourcePlan plan(Path bundledOrgs) {
        String registry = orgs != null ? location("--orgs", orgs) : bundledOrgs.toAbsolutePath().toString();
        if (hfAll && hfAuthors != null) {
            throw new IllegalArgumentException("--hf-authors and --hf-all exclude each other: follow named authors, or list the whole Hub");
        }
        if (hfAll && hfSince == null) {
            throw new IllegalArgumentException("--hf-all needs --hf-since DATE (e.g. --hf-since 2025-01-01): the whole Hub is two million models");
        }
        if (hfSince != null) {
            try {
                LocalDate.parse(hfSince.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--hf-since must be a date yyyy-MM-dd, got '" + hfSince + "'");
            }
        }
        boolean defaults = !anySource();
        Optional<SourcePlan.Hub> hub = Optional.empty();
        if (defaults || hfUrl != null || hfAuthors != null || hfAll || hfSince != null) {
            String url = hfUrl == null ? DEFAULT_HUB : httpUrl("--hf-url", hfUrl);
            List<String> authors = hfAll ? List.of()
                    : hfAuthors != null ? clean(hfAuthors) : registryNamespaces(Path.of(registry));
            if (!hfAll && authors.isEmpty()) {
                throw new IllegalArgumentException("--hf-authors names no author");
            }
            hub = Optional.of(new SourcePlan.Hub(url, authors, Optional.ofNullable(hfSince).map(String::trim)));
        }
        List<String> feedUrls = new ArrayList<>();
        if (feeds != null) {
            for (String feed : feeds) {
                feedUrls.add(httpUrl("--feed", feed));
            }
        } else if (defaults) {
            feedUrls.addAll(defaultFeeds());
        }
        Optional<String> epochLocation = epoch != null ? Optional.of(location("--epoch", epoch))
                : defaults ? Optional.of(DEFAULT_EPOCH) : Optional.empty();
        return new SourcePlan(hub, feedUrls, epochLocation, registry);
    }

    static String httpUrl(String option, String value) {
        String v = value.trim();
        try {
            URI uri = URI.create(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " must be an http(s) URL, got '" + value + "'");
    }

    /** An http(s) URL as given, or an existing file as an absolute path. */
    static String location(String option, String value) {
        String v = value.trim();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return httpUrl(option, v);
        }
        Path file = lower.startsWith("file:") ? Path.of(URI.create(v)) : Path.of(v);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": no such file " + file);
        }
        return file.toAbsolutePath().toString();
    }

    private static List<String> clean(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }

    /** Every Hub namespace of the registry (column {@code namespaces}, ';'-separated). */
    static List<String> registryNamespaces(Path registry) {
        if (!Files.isRegularFile(registry)) {
            throw new IllegalArgumentException("the Hub authors default to the registry's namespaces, but " + registry
                    + " is not a file: give --hf-authors");
        }
        try {
            com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
            com.fasterxml.jackson.dataformat.csv.CsvSchema schema = com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader();
            Set<String> namespaces = new LinkedHashSet<>();
            try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> rows = mapper
                    .readerFor(java.util.Map.class).with(schema).readValues(registry.toFile())) {
                while (rows.hasNext()) {
                    String ns = rows.next().get("namespaces");
                    if (ns != null) {
                        for (String n : ns.split(";")) {
                            if (!n.isBlank()) {
                                namespaces.add(n.trim());
                            }
                        }
                    }
                }
            }
            return List.copyOf(namespaces);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the registry " + registry + ": " + e.getMessage(), e);
        }
    }

    /** The documented default feed list (a resource of the CLI). */
    static List<String> defaultFeeds() {
        List<String> urls = new ArrayList<>();
        try (InputStream in = RunOptions.class.getResourceAsStream(DEFAULT_FEEDS_RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String url = line.trim();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    urls.add(url);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the default feed list " + DEFAULT_FEEDS_RESOURCE + " is missing from the build", e);
        }
        return urls;
    }
}
