package org.releaseradar.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void escapesTheThreeControlCharactersOnly() {
        assertThat(Mrkdwn.escape("a & b <!channel> <https://x|y> *bold* _it_"))
                .isEqualTo("a &amp; b &lt;!channel&gt; &lt;https://x|y&gt; *bold* _it_");
    }

    @Test
    void cutsWithAnEllipsisNeverInsideAnEscape() {
        String ampersands = "&".repeat(100);
        for (int max = 2; max < 60; max++) {
            String cut = Mrkdwn.escaped(ampersands, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            assertThat(cut).endsWith(Mrkdwn.ELLIPSIS);
            String body = cut.substring(0, cut.length() - 1);
            assertThat(body.replace("&amp;", "")).as("only whole escapes at max %d", max).isEmpty();
        }
        assertThat(Mrkdwn.escaped("short & sweet", 100)).isEqualTo("short &amp; sweet");
        assertThat(Mrkdwn.escaped("one two three", 9)).isEqualTo("one two…");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "😀".repeat(100); // two UTF-16 units each
        for (int max = 2; max < 40; max++) {
            for (String cut : new String[] {Mrkdwn.escaped(emoji, max), Mrkdwn.plainCut(emoji, max)}) {
                assertThat(cut.length()).isLessThanOrEqualTo(max);
                String body = cut.substring(0, cut.length() - 1);
                assertThat(body.codePoints().allMatch(cp -> cp == "😀".codePointAt(0))).as("cut at %d: %s", max, cut).isTrue();
            }
        }
    }

    @Test
    void linksAreSafeInsideAngleBrackets() {
        assertThat(Mrkdwn.link("https://huggingface.co/Qwen/Qwen3-8B", "Qwen3 <8B> & co", 80))
                .contains("<https://huggingface.co/Qwen/Qwen3-8B|Qwen3 &lt;8B&gt; &amp; co>");
        String link = Mrkdwn.link("https://example.com/a b|c>d?x=1&y=2", "label", 80).orElseThrow();
        assertThat(link).isEqualTo("<https://example.com/a%20b%7Cc%3Ed?x=1&amp;y=2|label>");
        assertThat(link.substring(1, link.length() - 1)).doesNotContain("<", ">");
        assertThat(Mrkdwn.link("javascript:alert(1)", "x", 80)).isEmpty();
        assertThat(Mrkdwn.link("not a url at all", "x", 80)).isEmpty();
        assertThat(Mrkdwn.link("https://x.org/" + "a".repeat(10), "l".repeat(200), 20).orElseThrow())
                .endsWith("…>").hasSizeLessThan(60);
    }

    @Test
    void labelsAUrlByHostAndPath() {
        assertThat(Mrkdwn.label("https://www.huggingface.co/Qwen/Qwen3-8B/?x=1")).isEqualTo("huggingface.co/Qwen/Qwen3-8B");
    }
}
