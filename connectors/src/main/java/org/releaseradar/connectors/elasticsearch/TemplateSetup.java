package org.releaseradar.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.releaseradar.connectors.elasticsearch.bulk.BulkRequestException;
import org.releaseradar.connectors.elasticsearch.bulk.IndexSetup;
import org.releaseradar.search.index.IndexInstaller;
import org.releaseradar.search.index.RadarIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's index setup: Radar's templates and first indices for the mapped aliases that are
 * Radar's ({@link IndexInstaller}, idempotent and safe for several tasks at once). It runs before
 * the first bulk request and is retried like one, so a task started while Elasticsearch is down
 * waits for it instead of failing, and no document can reach an alias before its template.
 */
final class TemplateSetup {

    private static final Logger log = LoggerFactory.getLogger(TemplateSetup.class);

    private TemplateSetup() {
    }

    static IndexSetup of(ElasticsearchClient client, IndexRouting routing, boolean install) {
        if (!install) {
            return IndexSetup.NONE;
        }
        List<RadarIndex> ours = new ArrayList<>();
        for (String alias : routing.aliases()) {
            Optional<RadarIndex> index = RadarIndex.forAlias(alias);
            if (index.isPresent()) {
                ours.add(index.get());
            } else {
                log.info("Index {} is not one of Radar's: no template installed, Elasticsearch's own rules apply", alias);
            }
        }
        if (ours.isEmpty()) {
            return IndexSetup.NONE;
        }
        return () -> {
            try {
                IndexInstaller.ensure(client, ours);
                log.info("Index templates and aliases in place for {}", ours.stream().map(RadarIndex::alias).toList());
            } catch (ElasticsearchException e) {
                throw new BulkRequestException(e.status(), "installing index templates: Elasticsearch answered HTTP "
                        + e.status() + " " + e.getMessage(), e);
            } catch (TransportException e) {
                int status = e.statusCode() > 0 ? e.statusCode() : BulkRequestException.NO_RESPONSE;
                throw new BulkRequestException(status, "installing index templates: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new BulkRequestException(BulkRequestException.NO_RESPONSE, "installing index templates: no answer"
                        + " from Elasticsearch (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
            } catch (IllegalStateException e) {
                // A concrete index where an alias belongs: the installer explains; waiting will not fix it.
                throw new BulkRequestException(400, e.getMessage(), e);
            }
        };
    }
}
