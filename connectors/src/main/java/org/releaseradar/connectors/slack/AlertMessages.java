package org.releaseradar.connectors.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.releaseradar.schemas.avro.Alert;
import org.releaseradar.schemas.avro.Severity;

/**
 * Alerts as Slack Block Kit messages, always within Slack's limits ({@link SlackLimits}), whatever the size
 * of the alert: an over-long title, text or fact is cut with an ellipsis, surplus facts are folded into one
 * field, surplus links are counted instead of shown. Every message carries a top-level {@code text} (what
 * notifications and old clients show).
 *
 * <p>One alert: a header (severity icon and title, {@code plain_text}), the text (mrkdwn), the facts as
 * fields (origin, organisation, month, then the rule's facts), the links, and a context line with the rule,
 * severity, alert id and time. A digest: a header with the count and one line per alert, packed into as few
 * sections as fit; alerts that do not fit one message stay for the next.
 */
public final class AlertMessages {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{4,18}");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LABEL = 100;
    private static final int MAX_LINK_LABEL = 80;
    private static final int MAX_DIGEST_TITLE = 200;
    private static final String LINK_SEPARATOR = "  ·  ";

    private final ObjectMapper json = new ObjectMapper();

    /** One message for one alert, as the JSON body of a webhook request. */
    public String alert(Alert alert) {
        ObjectNode message = json.createObjectNode();
        String title = title(alert);
        message.put("text", Mrkdwn.escaped("[" + alert.getSeverity() + "] " + title, SlackLimits.FALLBACK_TEXT));
        ArrayNode blocks = message.putArray("blocks");

        blocks.add(header(icon(alert.getSeverity()) + " " + title));
        String text = alert.getText() == null ? "" : alert.getText().strip();
        if (!text.isEmpty()) {
            blocks.add(section(Mrkdwn.escaped(text, SlackLimits.SECTION_TEXT)));
        }
        List<String> fields = fields(alert);
        if (!fields.isEmpty()) {
            ObjectNode section = blocks.addObject().put("type", "section");
            ArrayNode array = section.putArray("fields");
            fields.forEach(f -> array.add(mrkdwn(f)));
        }
        String links = links(alert.getLinks());
        if (!links.isEmpty()) {
            blocks.add(section(links));
        }
        blocks.add(context(Mrkdwn.escaped(footer(alert), SlackLimits.CONTEXT_TEXT)));
        return write(message);
    }

    /** A digest message and how many of the alerts (from the first) it holds. */
    public record Digest(String payload, int count) {
    }

    /**
     * One digest message for as many of {@code alerts} (from the first, in order) as fit one message;
     * {@code remaining} says how many more are waiting after those (for the header).
     */
    public Digest digest(List<Alert> alerts, Severity maxSeverity, int remaining) {
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one alert");
        }
        int maxSections = SlackLimits.MAX_BLOCKS - 2;
        List<StringBuilder> sections = new ArrayList<>();
        int count = 0;
        for (Alert alert : alerts) {
            String line = digestLine(alert);
            StringBuilder current = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (current != null && current.length() + 1 + line.length() <= SlackLimits.SECTION_TEXT) {
                current.append('\n').append(line);
            } else if (sections.size() < maxSections) {
                sections.add(new StringBuilder(line));
            } else {
                break;
            }
            count++;
        }
        int after = alerts.size() - count + remaining;
        String title = "Radar digest: " + count + (count == 1 ? " alert" : " alerts")
                + (after > 0 ? " (" + after + " more follow)" : "");

        ObjectNode message = json.createObjectNode();
        message.put("text", Mrkdwn.escaped(title, SlackLimits.FALLBACK_TEXT));
        ArrayNode blocks = message.putArray("blocks");
        blocks.add(header("🗞 " + title));
        sections.forEach(s -> blocks.add(section(s.toString())));
        blocks.add(context(Mrkdwn.escaped("Alerts at or below " + maxSeverity + ", collected since "
                + MINUTE.format(first(alerts.subList(0, count))) + " · each alert once", SlackLimits.CONTEXT_TEXT)));
        return new Digest(write(message), count);
    }

    private static Instant first(List<Alert> alerts) {
        return alerts.stream().map(Alert::getCreatedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static String digestLine(Alert alert) {
        StringBuilder line = new StringBuilder("• ").append(icon(alert.getSeverity())).append(" *")
                .append(Mrkdwn.escaped(title(alert), MAX_DIGEST_TITLE)).append("*  `")
                .append(Mrkdwn.escaped(alert.getRule(), 80)).append('`');
        for (String url : alert.getLinks()) {
            var link = Mrkdwn.link(url, Mrkdwn.label(url), 60);
            if (link.isPresent() && link.get().length() <= 600) {
                line.append("  ").append(link.get());
                break;
            }
        }
        return line.toString();
    }

    private static String title(Alert alert) {
        String title = alert.getTitle() == null ? "" : Mrkdwn.oneLine(alert.getTitle());
        return title.isEmpty() ? "Radar alert from rule " + alert.getRule() : title;
    }

    static String icon(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "🚨";
            case WARNING -> "⚠️";
            case NOTICE -> "🔔";
            case INFO -> "ℹ️";
        };
    }

    private ObjectNode header(String text) {
        ObjectNode header = json.createObjectNode().put("type", "header");
        header.putObject("text").put("type", "plain_text")
                .put("text", Mrkdwn.plainCut(text, SlackLimits.HEADER_TEXT)).put("emoji", true);
        return header;
    }

    private ObjectNode section(String mrkdwn) {
        ObjectNode section = json.createObjectNode().put("type", "section");
        section.set("text", mrkdwn(mrkdwn));
        return section;
    }

    private ObjectNode context(String mrkdwn) {
        ObjectNode context = json.createObjectNode().put("type", "context");
        context.putArray("elements").add(mrkdwn(mrkdwn));
        return context;
    }

    private ObjectNode mrkdwn(String text) {
        return json.createObjectNode().put("type", "mrkdwn").put("text", text);
    }

    /**
     * Origin, organisation and month from the alert's columns, then its facts sorted by name (Avro maps keep
     * no order) without those three again; at most ten fields, the surplus folded into the tenth.
     */
    static List<String> fields(Alert alert) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        putIfPresent(entries, "Origin", alert.getOrigin());
        putIfPresent(entries, "Organisation", alert.getOrganization());
        putIfPresent(entries, "Month", alert.getMonth());
        if (alert.getFacts() != null) {
            new TreeMap<>(alert.getFacts()).forEach((key, value) -> {
                if (!isColumn(alert, key)) {
                    entries.add(Map.entry(label(key), value == null ? "" : value));
                }
            });
        }
        List<String> fields = new ArrayList<>();
        int shown = entries.size() <= SlackLimits.FIELDS ? entries.size() : SlackLimits.FIELDS - 1;
        for (int i = 0; i < shown; i++) {
            fields.add(field(entries.get(i).getKey(), entries.get(i).getValue()));
        }
        if (shown < entries.size()) {
            StringBuilder rest = new StringBuilder();
            for (Map.Entry<String, String> e : entries.subList(shown, entries.size())) {
                rest.append(rest.length() == 0 ? "" : "\n").append(Mrkdwn.oneLine(e.getKey())).append(": ")
                        .append(display(e.getValue()));
            }
            String head = "*" + (entries.size() - shown) + " more facts*\n";
            fields.add(head + Mrkdwn.escaped(rest.toString(), SlackLimits.FIELD_TEXT - head.length()));
        }
        return fields;
    }

    /** Whether a fact repeats a column already shown as a field. */
    private static boolean isColumn(Alert alert, String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "origin" -> alert.getOrigin() != null;
            case "organization", "organisation" -> alert.getOrganization() != null;
            case "month" -> alert.getMonth() != null;
            default -> false;
        };
    }

    private static void putIfPresent(List<Map.Entry<String, String>> entries, String label, String value) {
        if (value != null && !value.isBlank()) {
            entries.add(Map.entry(label, value));
        }
    }

    private static String field(String label, String value) {
        String head = "*" + Mrkdwn.escaped(Mrkdwn.oneLine(label), MAX_LABEL) + "*\n";
        String shown = display(value);
        return head + Mrkdwn.escaped(shown.isBlank() ? "—" : shown, SlackLimits.FIELD_TEXT - head.length());
    }

    /** "downloads_all_time" -> "Downloads all time". */
    static String label(String key) {
        String spaced = key.replace('_', ' ').replace('.', ' ').trim();
        if (spaced.isEmpty()) {
            return "Fact";
        }
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Integers of four digits or more with thousands separators; anything else as it is. */
    static String display(String value) {
        String v = value.strip();
        if (INTEGER.matcher(v).matches()) {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(v));
        }
        return v;
    }

    /** The links that fit one section, then how many did not ("and 3 more"); empty when there are none. */
    static String links(List<String> urls) {
        List<String> links = new ArrayList<>();
        for (String url : urls) {
            Mrkdwn.link(url, Mrkdwn.label(url), MAX_LINK_LABEL).ifPresent(links::add);
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String link : links) {
            String next = (shown == 0 ? "" : LINK_SEPARATOR) + link;
            int leftAfter = links.size() - shown - 1;
            int reserve = leftAfter > 0 ? (LINK_SEPARATOR + "and " + leftAfter + " more").length() : 0;
            if (out.length() + next.length() + reserve > SlackLimits.SECTION_TEXT) {
                break;
            }
            out.append(next);
            shown++;
        }
        int left = links.size() - shown;
        if (left > 0) {
            out.append(shown == 0 ? left + (left == 1 ? " link" : " links") + " too long to show"
                    : LINK_SEPARATOR + "and " + left + " more");
        }
        return out.toString();
    }

    private static String footer(Alert alert) {
        return "rule " + alert.getRule() + " · " + alert.getSeverity() + " · alert " + alert.getId()
                + (alert.getCreatedAt() == null ? "" : " · " + MINUTE.format(alert.getCreatedAt()));
    }

    private String write(ObjectNode message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
