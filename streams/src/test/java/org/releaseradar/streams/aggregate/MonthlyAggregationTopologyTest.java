package org.releaseradar.streams.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;
import org.releaseradar.schemas.registry.InMemorySchemaRegistry;
import org.releaseradar.streams.StreamsSerdes;

class MonthlyAggregationTopologyTest {

    /** Internal topic and store names are part of a running application's state: renaming one loses it on upgrade. */
    @Test
    void internalTopicsAndStoresHaveStableNames() {
        StreamsBuilder builder = new StreamsBuilder();
        MonthlyAggregation.build(builder, new StreamsSerdes(new InMemorySchemaRegistry(), Map.of()), AggregationSettings.defaults());
        TopologyDescription topology = builder.build().describe();
        String text = topology.toString();

        assertThat(text).contains("aggregate-origin-month-deltas-repartition", "aggregate-org-month-deltas-repartition",
                MonthlyAggregation.RELEASE_ORIGIN_CONTRIBUTIONS, MonthlyAggregation.ARTICLE_ORIGIN_CONTRIBUTIONS,
                MonthlyAggregation.RELEASE_ORG_CONTRIBUTIONS, MonthlyAggregation.ORIGIN_MONTH_ROWS, MonthlyAggregation.ORG_MONTH_ROWS);
        // One sub-topology reads the inputs and diffs them; one per output sums the rows.
        assertThat(topology.subtopologies()).hasSize(3);
    }
}
