package org.releaseradar.streams.news;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.releaseradar.schemas.avro.Bloc;
import org.releaseradar.schemas.avro.OrgKind;
import org.releaseradar.schemas.avro.Organization;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the bundled data (data/orgs.csv, data/feeds) for tests, with the JDK only (no Rome in streams). */
final class FeedFixtures {

    static final Path DATA = Path.of("..", "data");
    static final List<String> GOOD_FEEDS = List.of("ai-news.rss", "open-models.atom", "lab-blog.rss");

    /** One feed item reduced to what the linker reads. */
    record Article(String feed, String guid, String title, String text) {
    }

    /** One row of expected-mentions.csv. */
    record Expected(String feed, String guid, List<String> orgIds) {
    }

    private FeedFixtures() {
    }

    /** data/orgs.csv as the registry connector would publish it: one record per namespace (or per org without). */
    static List<Organization> registry() throws IOException {
        List<Organization> records = new ArrayList<>();
        for (Map<String, String> row : csv(DATA.resolve("orgs.csv"))) {
            List<String> namespaces = split(row.get("namespaces"));
            List<String> lower = namespaces.stream().map(String::toLowerCase).toList();
            String country = row.get("country").isBlank() ? null : row.get("country");
            for (String ns : lower.isEmpty() ? List.of(row.get("org_id")) : lower) {
                records.add(Organization.newBuilder()
                        .setNamespace(ns)
                        .setOrgId(row.get("org_id"))
                        .setDisplayName(row.get("name"))
                        .setNamespaces(lower)
                        .setCountry(country)
                        .setBloc(bloc(country))
                        .setKind(OrgKind.UNKNOWN)
                        .setAliases(split(row.get("aliases")))
                        .setCountrySource(null)
                        .build());
            }
        }
        return records;
    }

    static Bloc bloc(String country) {
        if (country == null) {
            return Bloc.UNKNOWN;
        }
        return switch (country) {
            case "CN" -> Bloc.CN;
            case "US" -> Bloc.US;
            case "FR", "DE", "PT", "FI", "ES", "SE", "PL", "IT", "GR", "CZ", "BG" -> Bloc.EU;
            default -> Bloc.OTHER;
        };
    }

    static List<Expected> expected() throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (Map<String, String> row : csv(DATA.resolve("feeds/expected-mentions.csv"))) {
            rows.add(new Expected(row.get("feed"), row.get("guid"), split(row.get("org_ids"))));
        }
        return rows;
    }

    /** Title plus every text body the item has (description/summary and content), markup removed. */
    static List<Article> articles() throws Exception {
        List<Article> articles = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String feed : GOOD_FEEDS) {
            Document doc = factory.newDocumentBuilder().parse(DATA.resolve("feeds").resolve(feed).toFile());
            NodeList items = doc.getElementsByTagNameNS("*", feed.endsWith(".atom") ? "entry" : "item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String guid = feed.equals("lab-blog.rss")
                        ? item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about")
                        : first(item, feed.endsWith(".atom") ? "id" : "guid");
                String title = plain(first(item, "title"));
                StringBuilder text = new StringBuilder();
                for (String body : List.of("description", "summary", "content", "encoded")) {
                    String plain = plain(first(item, body));
                    if (!plain.isEmpty() && text.indexOf(plain) < 0) {
                        text.append(text.length() == 0 ? "" : " ").append(plain);
                    }
                }
                articles.add(new Article(feed, guid.strip(), title, text.toString()));
            }
        }
        return articles;
    }

    private static String first(Element item, String localName) {
        NodeList nodes = item.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getParentNode() == item) {
                return node.getTextContent();
            }
        }
        return "";
    }

    /** Tags, scripts and entities out; the DOM has already decoded the escaping of the feed itself. */
    static String plain(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split(";"));
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema)
                .readValues(Files.newBufferedReader(file))) {
            while (it.hasNext()) {
                rows.add(new LinkedHashMap<>(it.next()));
            }
        }
        return rows;
    }
}
