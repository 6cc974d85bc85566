package org.releaseradar.connectors.common.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** A response the fetcher accepted: 2xx, or 304 for a conditional request. */
public record FetchResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

    public boolean notModified() {
        return status == 304;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
