package org.releaseradar.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HubModelsRequestTest {

    private static final String EXPAND = "expand=author&expand=createdAt&expand=lastModified&expand=downloads"
            + "&expand=downloadsAllTime&expand=likes&expand=pipeline_tag&expand=library_name&expand=tags"
            + "&expand=cardData&expand=safetensors&expand=gated";

    @Test
    void anAuthorsFirstPage() {
        HubModelsRequest request = new HubModelsRequest(URI.create("https://huggingface.co/"), 500);
        assertThat(request.firstPage(ListingTarget.author("meta-llama")).toString()).isEqualTo(
                "https://huggingface.co/api/models?author=meta-llama&sort=createdAt&direction=-1&limit=500&" + EXPAND);
    }

    @Test
    void theWholeHubHasNoAuthorAndNeverFullOrCardDataFlags() {
        URI uri = new HubModelsRequest(URI.create("http://127.0.0.1:8080"), 1000).firstPage(ListingTarget.wholeHub());
        assertThat(uri.toString()).isEqualTo(
                "http://127.0.0.1:8080/api/models?sort=createdAt&direction=-1&limit=1000&" + EXPAND);
        assertThat(uri.getQuery()).doesNotContain("full").doesNotContain("cardData=").doesNotContain("config");
    }

    @Test
    void encodesTheAuthor() {
        URI uri = new HubModelsRequest(URI.create("https://hf.example"), 10).firstPage(ListingTarget.author("a b&c"));
        assertThat(uri.getRawQuery()).startsWith("author=a+b%26c&");
    }

    @Test
    void followsNextLinksOnlyOnTheSameOrigin() {
        HubModelsRequest request = new HubModelsRequest(URI.create("https://huggingface.co"), 10);
        assertThat(request.sameOrigin(URI.create("https://huggingface.co:443/api/models?cursor=x"))).isTrue();
        assertThat(request.sameOrigin(URI.create("https://evil.example/api/models?cursor=x"))).isFalse();
        assertThat(request.sameOrigin(URI.create("http://huggingface.co/api/models?cursor=x"))).isFalse();
    }
}
