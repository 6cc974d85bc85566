package org.releaseradar.connectors.huggingface;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.releaseradar.connectors.common.config.CommonSourceConfig;
import org.releaseradar.schemas.Topics;

/** The Hugging Face source's settings, on top of {@link CommonSourceConfig}, with typed getters. */
public final class HuggingFaceConfig extends AbstractConfig {

    public static final String GROUP_HUB = "Hugging Face Hub";
    public static final String GROUP_POLLING = "Polling";

    public static final String BASE_URL = "hf.base.url";
    public static final String TOKEN = "hf.token";
    public static final String MODE = "hf.mode";
    public static final String AUTHORS = "hf.authors";
    public static final String SINCE = "hf.since";
    public static final String PAGE_SIZE = "hf.page.size";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String REFRESH_INTERVAL_MS = "refresh.interval.ms";
    public static final String ITEM_MAX_BYTES = "item.max.bytes";

    /** The Hub serves at most this many models per page. */
    static final int MAX_PAGE_SIZE = 1000;

    // Hub namespaces: letters, digits, '-', '_', '.' (no '/', which would make it a repo id).
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static final ConfigDef DEFINITION = define();

    /** @throws ConfigException on any invalid setting, including a combination that cannot run */
    public HuggingFaceConfig(Map<String, ?> originals) {
        this(originals, true);
    }

    private HuggingFaceConfig(Map<String, ?> originals, boolean checkCombination) {
        super(DEFINITION, originals, false);
        if (checkCombination) {
            crossFieldErrors().entrySet().stream().findFirst().ifPresent(e -> {
                throw new ConfigException(e.getKey(), get(e.getKey()), e.getValue());
            });
        }
    }

    /** Errors that involve more than one setting, by key; the settings must be valid one by one. */
    static Map<String, String> crossFieldErrors(Map<String, ?> originals) {
        return new HuggingFaceConfig(originals, false).crossFieldErrors();
    }

    public static ConfigDef configDef() {
        return new ConfigDef(DEFINITION);
    }

    private static ConfigDef define() {
        ConfigDef def = CommonSourceConfig.define(Topics.HF_MODELS);
        int h = 0;
        def.define(BASE_URL, Type.STRING, "https://huggingface.co", new HttpUrl(), Importance.MEDIUM,
                "Base URL of the Hub; the connector calls <base>/api/models.", GROUP_HUB, ++h, Width.LONG,
                "Hub base URL");
        def.define(TOKEN, Type.PASSWORD, null, Importance.MEDIUM,
                "Optional Hugging Face access token, sent as 'Authorization: Bearer <token>' (raises rate"
                        + " limits). Never logged, and not sent to next-page links on another origin.",
                GROUP_HUB, ++h, Width.LONG, "Access token");
        def.define(MODE, Type.STRING, ListingMode.AUTHORS.configValue(),
                ConfigDef.CaseInsensitiveValidString.in(Arrays.stream(ListingMode.values())
                        .map(ListingMode::configValue).toArray(String[]::new)),
                Importance.HIGH, "'authors': list the models of each namespace in hf.authors (spread over the"
                        + " tasks). 'all': list the whole Hub newest first back to hf.since (one task).",
                GROUP_HUB, ++h, Width.SHORT, "Listing mode");
        def.define(AUTHORS, Type.LIST, "", new Namespaces(), Importance.HIGH,
                "Comma-separated Hub namespaces (users or organisations) to follow in mode 'authors', e.g."
                        + " 'Qwen,mistralai,meta-llama'.", GROUP_HUB, ++h, Width.LONG, "Authors");
        def.define(SINCE, Type.STRING, null, new IsoDate(), Importance.MEDIUM,
                "Oldest createdAt to list, as an ISO date (2025-01-01, midnight UTC) or instant"
                        + " (2025-01-01T00:00:00Z). Required in mode 'all'; optional in mode 'authors'.",
                GROUP_HUB, ++h, Width.MEDIUM, "Since");
        def.define(PAGE_SIZE, Type.INT, 500, Range.between(1, MAX_PAGE_SIZE), Importance.LOW,
                "Models per page (the 'limit' parameter); the Hub allows at most 1000.", GROUP_HUB, ++h,
                Width.SHORT, "Page size");

        int p = 0;
        def.define(POLL_INTERVAL_MS, Type.LONG, 300_000L, Range.atLeast(100), Importance.MEDIUM,
                "How often each listing is checked for new models; a check reads only the pages down to the"
                        + " newest model already seen.", GROUP_POLLING, ++p, Width.SHORT, "Poll interval (ms)");
        def.define(REFRESH_INTERVAL_MS, Type.LONG, 86_400_000L, Range.atLeast(100), Importance.MEDIUM,
                "How often each listing is read in full and every model emitted again as a new snapshot, so"
                        + " downloads and likes evolve.", GROUP_POLLING, ++p, Width.SHORT, "Refresh interval (ms)");
        def.define(ITEM_MAX_BYTES, Type.INT, 1024 * 1024, Range.between(1024, Integer.MAX_VALUE), Importance.LOW,
                "An item whose JSON is larger than this many bytes is sent to the dead-letter topic instead of"
                        + " being emitted.", GROUP_POLLING, ++p, Width.SHORT, "Item max bytes");
        return def;
    }

    private Map<String, String> crossFieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        mode().misconfiguration(authors(), since().isPresent())
                .ifPresent(message -> errors.put(mode() == ListingMode.ALL ? SINCE : AUTHORS, message));
        return errors;
    }

    ListingMode mode() {
        return ListingMode.fromConfig(getString(MODE));
    }

    List<String> authors() {
        return getList(AUTHORS).stream().map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
    }

    Optional<Instant> since() {
        return Optional.ofNullable(getString(SINCE)).filter(s -> !s.isBlank()).map(IsoDate::parse);
    }

    URI baseUrl() {
        return URI.create(getString(BASE_URL).trim());
    }

    /** The token, for the request header only. */
    Optional<String> token() {
        return Optional.ofNullable(getPassword(TOKEN)).map(Password::value).filter(t -> !t.isBlank());
    }

    int pageSize() {
        return getInt(PAGE_SIZE);
    }

    Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }

    Duration refreshInterval() {
        return Duration.ofMillis(getLong(REFRESH_INTERVAL_MS));
    }

    long itemMaxBytes() {
        return getInt(ITEM_MAX_BYTES);
    }

    String topic() {
        return getString(CommonSourceConfig.TOPIC);
    }

    private static final class HttpUrl implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String url = value == null ? "" : value.toString().trim();
            try {
                URI uri = new URI(url);
                if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        || uri.getHost() == null) {
                    throw new ConfigException(name, value, "must be an http(s) URL with a host, e.g. https://huggingface.co");
                }
            } catch (java.net.URISyntaxException e) {
                throw new ConfigException(name, value, "is not a URL: " + e.getReason());
            }
        }

        @Override
        public String toString() {
            return "an http(s) URL";
        }
    }

    private static final class Namespaces implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> authors = (List<String>) value;
            for (String author : authors) {
                if (!author.trim().isEmpty() && !NAMESPACE.matcher(author.trim()).matches()) {
                    throw new ConfigException(name, value, "'" + author + "' is not a Hub namespace (letters,"
                            + " digits, '-', '_', '.'; no '/')");
                }
            }
        }

        @Override
        public String toString() {
            return "Hub namespaces, comma-separated";
        }
    }

    static final class IsoDate implements ConfigDef.Validator {
        static Instant parse(String value) {
            String v = value.trim();
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return Instant.parse(v);
            }
        }

        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || value.toString().isBlank()) {
                return;
            }
            try {
                parse(value.toString());
            } catch (DateTimeParseException e) {
                throw new ConfigException(name, value, "must be an ISO date (2025-01-01) or instant (2025-01-01T00:00:00Z)");
            }
        }

        @Override
        public String toString() {
            return "an ISO date or instant";
        }
    }
}
