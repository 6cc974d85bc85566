package org.releaseradar.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/** Small query builders shared by the search and stats services. */
final class Queries {

    /** How {@code month} fields are mapped (type date) in every Radar index. */
    static final String MONTH_FORMAT = "yyyy-MM";

    private Queries() {
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** Keyword equality ignoring case (term's case_insensitive: Elasticsearch 7.10 and later). */
    static Query termIgnoringCase(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value).caseInsensitive(true)));
    }

    static Query terms(String field, Collection<String> values) {
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(tv -> tv.value(v))));
    }

    static Query exists(String field) {
        return Query.of(q -> q.exists(e -> e.field(field)));
    }

    static Query anyOf(List<Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        return Query.of(q -> q.bool(b -> b.should(queries).minimumShouldMatch("1")));
    }

    /** Documents whose {@code month} lies in [from, to]; either bound may be null (open). */
    static Query monthRange(String field, YearMonth from, YearMonth to) {
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field).format(MONTH_FORMAT);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        })));
    }

    static Query matchAll() {
        return Query.of(q -> q.matchAll(m -> m));
    }
}
