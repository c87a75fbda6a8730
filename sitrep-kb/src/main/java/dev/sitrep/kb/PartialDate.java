package dev.sitrep.kb;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the day, the month or only the year: {@code 2019-05-20}, {@code 2019-05}, {@code 2019}.
 *
 * @param year  the year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    public PartialDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 0 && month == 0) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // throws for 2023-02-30
        }
    }

    /**
     * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static PartialDate parse(String s) {
        String t = s.strip();
        try {
            if (DAY.matcher(t).matches()) {
                LocalDate d = LocalDate.parse(t);
                return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
            if (MONTH.matcher(t).matches()) {
                YearMonth m = YearMonth.parse(t);
                return new PartialDate(m.getYear(), m.getMonthValue(), 0);
            }
            if (YEAR.matcher(t).matches()) {
                return new PartialDate(Integer.parseInt(t), 0, 0);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date: '" + s + "' (YYYY-MM-DD, YYYY-MM or YYYY)", e);
        }
        throw new IllegalArgumentException("not a date: '" + s + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    /** The first day it can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day it can mean. */
    public LocalDate latest() {
        if (day > 0) {
            return LocalDate.of(year, month, day);
        }
        if (month > 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : latest().compareTo(o.latest());
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
