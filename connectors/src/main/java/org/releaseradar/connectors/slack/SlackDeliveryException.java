package org.releaseradar.connectors.slack;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * Why an alert went to the dead-letter queue: Slack's answer (e.g. {@code HTTP 404 no_service}) with the
 * alert and route it concerns. Connect's dead-letter reporter writes its message and stack trace into the
 * {@code __connect.errors.exception.*} headers, so it never holds a URL.
 */
public final class SlackDeliveryException extends ConnectException {

    private static final long serialVersionUID = 1L;

    public SlackDeliveryException(String message) {
        super(message);
    }
}
