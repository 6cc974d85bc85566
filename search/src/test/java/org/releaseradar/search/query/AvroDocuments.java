package org.releaseradar.search.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.releaseradar.search.document.AvroDocumentWriter;

/** An Avro record as the document the Elasticsearch sink writes, as a map for the typed client. */
public final class AvroDocuments {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private AvroDocuments() {
    }

    public static Map<String, Object> document(IndexedRecord record) {
        try {
            return JSON.readValue(new AvroDocumentWriter().write(record), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
