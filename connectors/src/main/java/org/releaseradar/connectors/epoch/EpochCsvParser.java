package org.releaseradar.connectors.epoch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.releaseradar.schemas.avro.EpochModel;

/**
 * Reads Epoch AI's notable-models CSV ("Data on Notable AI Models", CC BY 4.0, credit Epoch AI) by
 * its header names into {@link EpochModel}s.
 *
 * <p>Cell conventions of the file: multi-valued cells are joined with a bare comma
 * ({@code "China,China"}); a comma followed by a space is part of one name
 * ({@code "NERSC, Lawrence Berkeley National Laboratory"}), so lists split on a comma not followed by
 * a space. Countries stay aligned with organisations (duplicates kept). Dates are ISO
 * {@code yyyy-MM-dd}; an empty or partial date is null. {@code Link} may hold several URLs: the
 * first is kept. Model names are trimmed (some end with a newline in the file).
 */
public final class EpochCsvParser {

    static final String MODEL = "Model";
    static final String ORGANIZATION = "Organization";
    static final String PUBLICATION_DATE = "Publication date";
    static final String DOMAIN = "Domain";
    static final String PARAMETERS = "Parameters";
    static final String ORGANIZATION_CATEGORIZATION = "Organization categorization";
    static final String COUNTRY = "Country (of organization)";
    static final String BASE_MODEL = "Base model";
    static final String ACCESSIBILITY = "Model accessibility";
    static final String OPEN_WEIGHTS = "Open model weights?";
    static final String LINK = "Link";

    private static final Pattern LIST_SEPARATOR = Pattern.compile(",(?! )");
    private static final Pattern LINK_SEPARATOR = Pattern.compile("[\\s,]+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CsvMapper mapper = new CsvMapper();

    /** @throws IOException when the document is not CSV with a header row containing {@value #MODEL} */
    public List<EpochRow> parse(byte[] csv) throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<EpochRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(header).readValues(csv)) {
            CsvSchema columns = null;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (columns == null) {
                    columns = (CsvSchema) it.getParserSchema();
                    if (columns.column(MODEL) == null) {
                        throw new IOException("the CSV header has no '" + MODEL + "' column");
                    }
                }
                rows.add(toRow(row, columns));
            }
        }
        return rows;
    }

    private EpochRow toRow(Map<String, String> row, CsvSchema columns) throws IOException {
        byte[] original = mapper.writer(columns.withoutHeader()).writeValueAsBytes(new LinkedHashMap<>(row));
        String model = text(row.get(MODEL));
        if (model == null) {
            return EpochRow.rejected(original, "row has no model name (column '" + MODEL + "')");
        }
        return EpochRow.of(EpochModel.newBuilder()
                .setModel(model)
                .setOrganizations(list(row.get(ORGANIZATION)))
                .setCountries(list(row.get(COUNTRY)))
                .setPublicationDate(date(row.get(PUBLICATION_DATE)))
                .setDomains(list(row.get(DOMAIN)))
                .setParameters(number(row.get(PARAMETERS)))
                .setAccessibility(text(row.get(ACCESSIBILITY)))
                .setOpenWeights(yesNo(row.get(OPEN_WEIGHTS)))
                .setBaseModel(text(row.get(BASE_MODEL)))
                .setLink(firstLink(row.get(LINK)))
                .setOrganizationCategorization(list(row.get(ORGANIZATION_CATEGORIZATION)))
                .build(), original);
    }

    static List<String> list(String cell) {
        String text = text(cell);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static LocalDate date(String cell) {
        String text = text(cell);
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Double number(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(text);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean yesNo(String cell) {
        String text = text(cell);
        if ("Yes".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("No".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        return null;
    }

    static String firstLink(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        return Arrays.stream(LINK_SEPARATOR.split(text)).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    private static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String t = cell.strip();
        return t.isEmpty() ? null : t;
    }
}
