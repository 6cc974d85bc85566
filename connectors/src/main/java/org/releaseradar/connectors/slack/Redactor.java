package org.releaseradar.connectors.slack;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.types.Password;

/**
 * Removes webhook URLs and their secret path parts from text that may reach a log, an exception, a
 * dead-letter header or the task's status (in practice: messages of I/O exceptions). Radar's own messages
 * name routes and never contain a URL; this is the second line of defence for text Radar does not write.
 */
final class Redactor {

    static final String HIDDEN = "[webhook hidden]";
    /** Path segments shorter than this (e.g. "services") are not secret and are left alone. */
    private static final int MIN_SECRET_SEGMENT = 8;

    private final List<String> secrets;

    Redactor(Collection<Password> webhooks) {
        Set<String> all = new LinkedHashSet<>();
        for (Password webhook : webhooks) {
            String url = webhook.value().trim();
            all.add(url);
            try {
                URI uri = new URI(url);
                if (uri.getRawPath() != null && uri.getRawPath().length() > 1) {
                    all.add(uri.getRawPath());
                    for (String segment : uri.getRawPath().split("/")) {
                        if (segment.length() >= MIN_SECRET_SEGMENT) {
                            all.add(segment);
                        }
                    }
                }
            } catch (java.net.URISyntaxException e) {
                // the whole URL is still scrubbed
            }
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first: the URL before its parts
        this.secrets = List.copyOf(sorted);
    }

    /** {@code text} with every webhook URL, path and secret path segment replaced by {@value #HIDDEN}. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, HIDDEN);
        }
        return out;
    }
}
