package org.releaseradar.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs Radar's index templates and creates each alias's first index. Every sink task, the CLI
 * and tests call it on start, several at once: each step is idempotent and a lost race is success.
 *
 * <p>Only APIs both Elasticsearch 7.10 and 8.x/9.x have: composable {@code _index_template},
 * create index with an alias, alias exists, put alias.
 */
public final class IndexInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(IndexInstaller.class);

    /** Marks our templates in {@code _meta}, so an operator sees who owns them. */
    static final String MANAGED_BY = "release-radar";

    private IndexInstaller() {
    }

    /**
     * For each index: puts its template (every time, so an updated template is in place for the
     * next concrete index, e.g. a reindex target), then, if its alias does not exist yet, creates
     * {@code <alias>-000001} with the alias as write alias. An existing alias is left alone, even
     * when it points at another index (after a reindex swap).
     *
     * @throws IllegalStateException when a concrete index carries an alias's name (typically
     *         auto-created by a write before the templates were installed); it must be deleted or
     *         reindexed by hand, the installer does not delete data
     * @throws IOException           when Elasticsearch cannot be reached
     */
    public static void ensure(ElasticsearchClient client, Collection<RadarIndex> indices) throws IOException {
        // Templates first: the index created below must be built from the current template.
        for (RadarIndex index : new LinkedHashSet<>(indices)) {
            putTemplate(client, index);
        }
        for (RadarIndex index : new LinkedHashSet<>(indices)) {
            ensureAlias(client, index);
        }
    }

    private static void putTemplate(ElasticsearchClient client, RadarIndex index) throws IOException {
        IndexTemplates.put(client, index);
        LOG.debug("Index template {} put for {}", index.templateName(), index.indexPattern());
    }

    private static void ensureAlias(ElasticsearchClient client, RadarIndex index) throws IOException {
        if (aliasExists(client, index)) {
            return;
        }
        try {
            // Index and alias in one request: whoever sees the index also sees the alias.
            client.indices().create(c -> c
                    .index(index.firstIndex())
                    .aliases(index.alias(), a -> a.isWriteIndex(true)));
            LOG.info("Created index {} behind alias {}", index.firstIndex(), index.alias());
        } catch (ElasticsearchException e) {
            String type = e.error() == null ? null : e.error().type();
            if ("resource_already_exists_exception".equals(type)) {
                // Another task created it at the same time (normal), or someone removed the alias
                // from an index we created earlier: put it back, nothing can be read without it.
                if (!aliasExists(client, index)) {
                    client.indices().putAlias(a -> a.index(index.firstIndex()).name(index.alias()).isWriteIndex(true));
                    LOG.warn("Index {} existed without alias {}; alias added", index.firstIndex(), index.alias());
                }
            } else if ("invalid_alias_name_exception".equals(type)) {
                throw new IllegalStateException("Elasticsearch has a concrete index named " + index.alias()
                        + " where Radar needs an alias (it was probably auto-created by a write before the"
                        + " index templates were installed). Reindex it into " + index.firstIndex()
                        + " and delete it, or delete it, then start again. Elasticsearch said: "
                        + e.getMessage(), e);
            } else {
                throw e;
            }
        }
    }

    private static boolean aliasExists(ElasticsearchClient client, RadarIndex index) throws IOException {
        return client.indices().existsAlias(a -> a.name(index.alias())).value();
    }
}
