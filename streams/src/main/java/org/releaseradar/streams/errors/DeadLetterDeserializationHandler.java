package org.releaseradar.streams.errors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record that cannot be read (not Avro in the Confluent wire format, an unknown schema id, a
 * schema that does not resolve) is logged, sent to the dead-letter topic with the reason, and
 * skipped: one bad record never stops the application.
 */
public class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        Response response = super.handleError(context, record, error);
        return Response.resume(DeadLetterRecords.withRadarHeaders(response.deadLetterQueueRecords(), context, error));
    }
}
