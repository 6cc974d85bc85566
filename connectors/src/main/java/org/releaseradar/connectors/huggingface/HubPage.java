package org.releaseradar.connectors.huggingface;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** One page of {@code /api/models}: its items in the order sent, and the next page if any. */
record HubPage(URI url, List<ParsedItem> items, Optional<URI> next) {

    HubPage {
        items = List.copyOf(items);
    }
}
