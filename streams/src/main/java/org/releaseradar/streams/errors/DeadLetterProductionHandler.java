package org.releaseradar.streams.errors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A result that cannot be written (it does not serialize, or the broker refuses it for good, e.g. too
 * large) goes to the dead-letter topic with the reason and the application carries on; transient
 * send errors are retried as Kafka Streams does by default.
 */
public class DeadLetterProductionHandler extends DefaultProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception error) {
        if (error instanceof RetriableException) {
            return super.handleError(context, record, error);
        }
        log.warn("cannot write to {} (from {}/{}@{}), sent to the dead-letter topic: {}", record.topic(),
                context.topic(), context.partition(), context.offset(), DeadLetterRecords.reason(error));
        Response response = super.handleError(context, record, error);
        return Response.resume(DeadLetterRecords.withRadarHeaders(response.deadLetterQueueRecords(), context, error));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception error,
                                             SerializationExceptionOrigin origin) {
        log.warn("cannot serialize a result for {} (from {}/{}@{}), sent to the dead-letter topic: {}",
                record.topic(), context.topic(), context.partition(), context.offset(), DeadLetterRecords.reason(error));
        Response response = super.handleSerializationError(context, record, error, origin);
        return Response.resume(DeadLetterRecords.withRadarHeaders(response.deadLetterQueueRecords(), context, error));
    }
}
