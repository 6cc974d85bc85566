package org.releaseradar.cli;

import java.util.Locale;
import org.releaseradar.schemas.avro.OriginLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --level} option: origins as {@code country} codes or {@code bloc}s. */
public final class OriginLevelConverter implements ITypeConverter<OriginLevel> {

    @Override
    public OriginLevel convert(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "country" -> OriginLevel.COUNTRY;
            case "bloc" -> OriginLevel.BLOC;
            default -> throw new TypeConversionException("'" + value + "' is not a level: country or bloc");
        };
    }
}
