package org.releaseradar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightMarkupTest {

    private static String tag(String s) {
        return s.replace("[", HighlightMarkup.OPEN).replace("]", HighlightMarkup.CLOSE);
    }

    @Test
    void matchesBecomeOffsetsIntoPlainText() {
        Highlight.Fragment f = HighlightMarkup.parse(tag("Alibaba releases [Qwen3]-[Coder], its most agentic"));

        assertThat(f.text()).isEqualTo("Alibaba releases Qwen3-Coder, its most agentic");
        assertThat(f.matches()).containsExactly(new Highlight.Span(17, 22), new Highlight.Span(23, 28));
        assertThat(f.marked("«", "»")).isEqualTo("Alibaba releases «Qwen3»-«Coder», its most agentic");
    }

    @Test
    void adjacentMatchesOfOneWordAreMerged() {
        // The model-name analyzer splits "Qwen3" into "qwen" and "3"; the reader sees one match.
        Highlight.Fragment f = HighlightMarkup.parse(tag("[Qwen]/[Qwen][3]-[Coder]-480B"));

        assertThat(f.text()).isEqualTo("Qwen/Qwen3-Coder-480B");
        assertThat(f.marked("<", ">")).isEqualTo("<Qwen>/<Qwen3>-<Coder>-480B");
    }

    @Test
    void markupInTheTextIsText() {
        Highlight.Fragment f = HighlightMarkup.parse(tag("a <em>literal</em> tag and [match]"));

        assertThat(f.text()).isEqualTo("a <em>literal</em> tag and match");
        assertThat(f.matches()).containsExactly(new Highlight.Span(27, 32));
    }

    @Test
    void anUnclosedOrEmptyMatchIsHarmless() {
        assertThat(HighlightMarkup.parse(tag("x [] y [z")).marked("<", ">")).isEqualTo("x  y <z>");
    }

    @Test
    void subfieldsAreReportedAsTheirDocumentField() {
        assertThat(HighlightMarkup.documentField("repo_id.text")).isEqualTo("repo_id");
        assertThat(HighlightMarkup.documentField("mentions.snippet")).isEqualTo("mentions.snippet");
    }
}
