package org.releaseradar.connectors.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.releaseradar.connectors.common.http.FetchResponse;
import org.releaseradar.connectors.common.http.HttpFetchException;
import org.releaseradar.connectors.common.http.HttpFetcher;

/**
 * Reads a whole document (the Epoch CSV, the org registry) from a {@link DocumentLocation} and says
 * when it has not changed since the last read: HTTP uses conditional GET (ETag / Last-Modified),
 * a file is compared by content hash. The validators live in memory only: after a restart the first
 * read is a full one, and the per-row fingerprints kept in source offsets make sure it re-emits
 * nothing unchanged.
 */
public final class DocumentReader {

    private final DocumentLocation location;
    private final HttpFetcher fetcher;
    private String etag;
    private String lastModified;
    private String lastFileHash;

    public DocumentReader(DocumentLocation location, HttpFetcher fetcher) {
        this.location = location;
        this.fetcher = fetcher;
    }

    public DocumentLocation location() {
        return location;
    }

    /**
     * @return the document's bytes, or empty when it is the same as at the last read
     * @throws IOException          when a file cannot be read
     * @throws HttpFetchException   when an HTTP source failed after its retries
     * @throws InterruptedException when the task is stopping
     */
    public Optional<byte[]> readIfChanged() throws IOException, HttpFetchException, InterruptedException {
        if (location instanceof DocumentLocation.Http http) {
            return fetch(http);
        }
        return read((DocumentLocation.File) location);
    }

    private Optional<byte[]> fetch(DocumentLocation.Http http) throws HttpFetchException, InterruptedException {
        Map<String, String> headers = new HashMap<>();
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        FetchResponse response = fetcher.get(http.uri(), headers);
        if (response.notModified()) {
            return Optional.empty();
        }
        etag = response.header("ETag").orElse(null);
        lastModified = response.header("Last-Modified").orElse(null);
        return Optional.of(response.body());
    }

    private Optional<byte[]> read(DocumentLocation.File file) throws IOException {
        byte[] body = Files.readAllBytes(file.path());
        String hash = Fingerprint.sha256(body);
        if (hash.equals(lastFileHash)) {
            return Optional.empty();
        }
        lastFileHash = hash;
        return Optional.of(body);
    }
}
