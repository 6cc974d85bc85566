package org.releaseradar.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A month option, {@code yyyy-MM}. */
public final class MonthConverter implements ITypeConverter<YearMonth> {

    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a month: write yyyy-MM, e.g. 2025-07");
        }
    }
}
