package org.releaseradar.connectors.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final URI BASE = URI.create("https://huggingface.co/api/models?author=Qwen&limit=2");

    @Test
    void findsTheNextLink() {
        assertThat(LinkHeader.next("<https://huggingface.co/api/models?author=Qwen&limit=2&cursor=eyJ9>; rel=\"next\"", BASE))
                .contains(URI.create("https://huggingface.co/api/models?author=Qwen&limit=2&cursor=eyJ9"));
    }

    @Test
    void amongSeveralLinksAndRelForms() {
        assertThat(LinkHeader.next("<https://h/p?c=1>; rel=\"prev\", <https://h/n?c=3>; rel=next", BASE))
                .contains(URI.create("https://h/n?c=3"));
        assertThat(LinkHeader.next("<https://h/n?c=3>; title=\"x\"; REL=\"next last\"", BASE))
                .contains(URI.create("https://h/n?c=3"));
    }

    @Test
    void resolvesRelativeLinks() {
        assertThat(LinkHeader.next("</api/models?cursor=abc>; rel=\"next\"", BASE))
                .contains(URI.create("https://huggingface.co/api/models?cursor=abc"));
    }

    @Test
    void noNextLink() {
        assertThat(LinkHeader.next(null, BASE)).isEmpty();
        assertThat(LinkHeader.next("", BASE)).isEmpty();
        assertThat(LinkHeader.next("<https://h/p>; rel=\"prev\"", BASE)).isEmpty();
        assertThat(LinkHeader.next("<not a uri>; rel=\"next\"", BASE)).isEmpty();
    }
}
