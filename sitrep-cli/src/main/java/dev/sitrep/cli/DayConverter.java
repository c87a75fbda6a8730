package dev.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a day as {@code YYYY-MM-DD}; anything else is a usage error that shows the expected form. */
final class DayConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a day as YYYY-MM-DD (e.g. 2024-03-04)");
        }
    }
}
