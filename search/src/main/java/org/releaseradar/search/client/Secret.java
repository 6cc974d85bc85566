package org.releaseradar.search.client;

import java.util.Objects;

/**
 * A password, API key or token. Its {@code toString} never shows the value, so a settings record
 * that holds one can be logged or put in an exception message without leaking it.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** @return the secret, or {@code null} when {@code value} is null or blank (meaning: not set) */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value);
    }

    /** The clear value, for the one place that must send it (an HTTP header). */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
