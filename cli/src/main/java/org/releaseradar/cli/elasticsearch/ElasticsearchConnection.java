package org.releaseradar.cli.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.releaseradar.search.client.ElasticsearchSettings;

/**
 * An open client and where it points, so that a failure can say which Elasticsearch it was about in one line
 * instead of a stack trace.
 */
public final class ElasticsearchConnection implements AutoCloseable {

    /** A call to Elasticsearch. */
    public interface Call<T> {
        T run(ElasticsearchClient client) throws IOException;
    }

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;

    ElasticsearchConnection(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** The node URL(s), for messages. */
    public String where() {
        return settings.urls().stream().map(URI::toString).collect(Collectors.joining(", "));
    }

    /** Runs {@code call}; an unreachable or refusing Elasticsearch becomes one clear message naming the URL. */
    public <T> T run(Call<T> call) {
        try {
            return call.run(client);
        } catch (ElasticsearchException e) {
            throw new IllegalStateException("Elasticsearch at " + where() + " refused the request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(describe(e), e);
        }
    }

    String describe(Exception e) {
        Throwable cause = rootCause(e);
        String why;
        if (cause instanceof ConnectException) {
            why = "connection refused (is it running?)";
        } else if (cause instanceof SocketTimeoutException) {
            why = "no answer in time";
        } else if (cause instanceof UnknownHostException) {
            why = "unknown host " + cause.getMessage();
        } else if (cause instanceof SSLException) {
            why = "TLS failed (" + cause.getMessage() + "); check elasticsearch.ssl.ca.certificate or .fingerprint";
        } else {
            why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        return "cannot reach Elasticsearch at " + where() + ": " + why;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            // Closing idle HTTP connections of a finished command: nothing left to do about it.
        }
    }
}
