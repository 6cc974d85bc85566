package org.releaseradar.streams.alerts;

/** The rules file is missing, not JSON, or has an invalid entry; the message names the file and the entry. */
public final class RulesFileException extends RuntimeException {

    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
