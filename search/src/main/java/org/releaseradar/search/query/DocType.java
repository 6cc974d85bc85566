package org.releaseradar.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.releaseradar.search.index.RadarIndex;

/** What a search hit is, and the alias its documents are read from. */
public enum DocType {

    /** A model release (ModelRelease), alias radar-releases. */
    RELEASE("release", RadarIndex.RELEASES),
    /** A linked news article (NewsItem), alias radar-news. */
    NEWS("news", RadarIndex.NEWS),
    /** An alert a rule raised (Alert), alias radar-alerts. */
    ALERT("alert", RadarIndex.ALERTS);

    private final String label;
    private final RadarIndex index;

    DocType(String label, RadarIndex index) {
        this.label = label;
        this.index = index;
    }

    /** The name users type ({@code --type release}) and output shows. */
    public String label() {
        return label;
    }

    public RadarIndex index() {
        return index;
    }

    public String alias() {
        return index.alias();
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
