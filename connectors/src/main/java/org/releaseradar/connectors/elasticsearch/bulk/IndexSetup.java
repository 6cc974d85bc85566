package org.releaseradar.connectors.elasticsearch.bulk;

/** Prepares the target indices before the first bulk request (index templates, aliases). */
@FunctionalInterface
public interface IndexSetup {

    IndexSetup NONE = () -> { };

    /**
     * @throws BulkRequestException when Elasticsearch did not answer or answered with an error; it is
     *         retried like a bulk request when {@link BulkRequestException#isRetriable()}
     */
    void run() throws BulkRequestException;
}
