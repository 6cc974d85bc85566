package org.releaseradar.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a search hit is, and the alias its documents are read from. */
public enum DocType {

    /** A model release (ModelRelease), alias radar-releases. */
    RELEASE("release", "radar-releases"),
    /** A linked news article (NewsItem), alias radar-news. */
    NEWS("news", "radar-news"),
    /** An alert a rule raised (Alert), alias radar-alerts. */
    ALERT("alert", "radar-alerts");

    private final String label;
    private final String alias;

    DocType(String label, String alias) {
        this.label = label;
        this.alias = alias;
    }

    /** The name users type ({@code --type release}) and output shows. */
    public String label() {
        return label;
    }

    public String alias() {
        return alias;
    }

    /** {@code release}, {@code news} or {@code alert}, in any case. */
    public static DocType parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (DocType type : values()) {
            if (type.label.equals(v)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + value + "' (expected one of "
                + Arrays.stream(values()).map(DocType::label).collect(Collectors.joining(", ")) + ")");
    }
}
