package org.releaseradar.connectors.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void isTheFirst32HexCharactersOfTheSha256OfTheGuid() {
        // printf ainews-gpt-oss | sha256sum | cut -c1-32
        assertThat(ArticleId.of("ainews-gpt-oss", "https://ai-news.example/2025/gpt-oss")).contains(
                EXPECTED_GPT_OSS);
    }

    @Test
    void isStableAndIgnoresTheLinkWhenThereIsAGuid() {
        assertThat(ArticleId.of("g", "https://a")).isEqualTo(ArticleId.of("g", "https://b"));
        assertThat(ArticleId.of(" g ", null)).isEqualTo(ArticleId.of("g", null));
    }

    @Test
    void fallsBackToTheLinkAndIsEmptyWithNeither() {
        assertThat(ArticleId.of(null, "https://a")).isEqualTo(ArticleId.of("https://a", null));
        assertThat(ArticleId.of("  ", "https://a")).isEqualTo(ArticleId.of("https://a", null));
        assertThat(ArticleId.of(null, " ")).isEmpty();
    }

    static final String EXPECTED_GPT_OSS = "04c31089e782b99bc2eb38e3d71e2d93";
}
