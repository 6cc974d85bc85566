package org.releaseradar.connectors.feeds;

/** A fetched body that is not a feed at all (invalid XML, unknown format); the message is the parser's. */
public class FeedParseException extends Exception {

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
