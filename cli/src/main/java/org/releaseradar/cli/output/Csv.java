package org.releaseradar.cli.output;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: comma-separated, CRLF-free (LF) lines, fields quoted only when they need it. */
public final class Csv {

    private Csv() {
    }

    public static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
