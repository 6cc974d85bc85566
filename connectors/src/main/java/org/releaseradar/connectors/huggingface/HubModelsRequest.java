package org.releaseradar.connectors.huggingface;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * Builds the first-page URI of {@code GET /api/models}: newest first by {@code createdAt}, a page
 * size, and {@code expand} for exactly the fields {@link HubModelParser} reads. Later pages come
 * from the {@code Link} header, which repeats every parameter.
 */
final class HubModelsRequest {

    /**
     * The fields Radar reads. {@code expand} rules out {@code full}, {@code cardData} and
     * {@code config} as flags, which is why cardData is asked for this way.
     */
    static final List<String> EXPAND = List.of("author", "createdAt", "lastModified", "downloads",
            "downloadsAllTime", "likes", "pipeline_tag", "library_name", "tags", "cardData", "safetensors", "gated");

    private final URI baseUrl;
    private final int pageSize;

    HubModelsRequest(URI baseUrl, int pageSize) {
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
    }

    URI firstPage(ListingTarget target) {
        StringJoiner query = new StringJoiner("&");
        target.author().ifPresent(author -> query.add("author=" + encode(author)));
        query.add("sort=createdAt");
        // Documented as the way to ask for descending order; current clients rely on it being the default.
        query.add("direction=-1");
        query.add("limit=" + pageSize);
        EXPAND.forEach(field -> query.add("expand=" + encode(field)));
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/api/models?" + query);
    }

    /**
     * Whether a next-page link points where the first page came from. The bearer token goes with
     * every page, so a link to another origin is not followed.
     */
    boolean sameOrigin(URI next) {
        return baseUrl.getScheme().equalsIgnoreCase(next.getScheme())
                && baseUrl.getHost().equalsIgnoreCase(next.getHost())
                && port(baseUrl) == port(next);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
