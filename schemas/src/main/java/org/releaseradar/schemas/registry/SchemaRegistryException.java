package org.releaseradar.schemas.registry;

/**
 * The registry refused a request or could not be reached.
 *
 * <p>Messages name the subject or schema id and the HTTP status and carry the registry's own message;
 * they never contain credentials.
 */
public class SchemaRegistryException extends RuntimeException {

    /** Status used when no HTTP response was received (connection refused, timeout). */
    public static final int NO_RESPONSE = -1;

    private final int httpStatus;

    public SchemaRegistryException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public SchemaRegistryException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status of the registry's answer, or {@link #NO_RESPONSE}. */
    public int httpStatus() {
        return httpStatus;
    }
}
