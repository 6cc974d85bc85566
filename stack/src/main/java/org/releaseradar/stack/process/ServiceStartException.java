package org.releaseradar.stack.process;

/** A service of the local stack did not become ready; the message carries the tail of its log. */
public class ServiceStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceStartException(String message) {
        super(message);
    }

    public ServiceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
