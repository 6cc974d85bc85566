package org.releaseradar.connectors.huggingface;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.connect.util.ConnectorUtils;

/** What the connector lists: the models of named authors, or the whole Hub back to a date. */
public enum ListingMode {

    /** One listing per author (namespace); authors are spread over the tasks. */
    AUTHORS {
        @Override
        List<ListingTarget> targets(List<String> authors) {
            return authors.stream().map(ListingTarget::author).toList();
        }

        @Override
        List<List<String>> authorsPerTask(List<String> authors, int maxTasks) {
            return ConnectorUtils.groupPartitions(authors, Math.min(maxTasks, authors.size()));
        }

        @Override
        Optional<String> misconfiguration(List<String> authors, boolean sinceSet) {
            return authors.isEmpty()
                    ? Optional.of("hf.mode=authors needs at least one author in hf.authors")
                    : Optional.empty();
        }
    },

    /** The whole Hub, newest first, back to {@code hf.since}; one listing, so one task. */
    ALL {
        @Override
        List<ListingTarget> targets(List<String> authors) {
            return List.of(ListingTarget.wholeHub());
        }

        @Override
        List<List<String>> authorsPerTask(List<String> authors, int maxTasks) {
            // The Hub's cursor is one sequence: it cannot be split between tasks.
            List<List<String>> one = new ArrayList<>();
            one.add(List.of());
            return one;
        }

        @Override
        Optional<String> misconfiguration(List<String> authors, boolean sinceSet) {
            return sinceSet
                    ? Optional.empty()
                    : Optional.of("hf.mode=all lists the whole Hub and needs hf.since (e.g. 2025-01-01) to know where to stop");
        }
    };

    abstract List<ListingTarget> targets(List<String> authors);

    /** The {@code hf.authors} value of each task's configuration; one entry per task. */
    abstract List<List<String>> authorsPerTask(List<String> authors, int maxTasks);

    /** A sentence saying why this mode cannot run with these settings, if it cannot. */
    abstract Optional<String> misconfiguration(List<String> authors, boolean sinceSet);

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ListingMode fromConfig(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
