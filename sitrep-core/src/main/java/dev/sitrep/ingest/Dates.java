package dev.sitrep.ingest;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as web pages, feeds and archives state them, made ISO-8601. An ISO date or date-time is kept
 * as written; a space for the {@code T}, an offset without its colon ({@code +0200}) and a {@code UTC} suffix are
 * mended; an RFC 822/1123 date ({@code Tue, 5 Mar 2024 10:00:00 GMT}, as RSS writes them) becomes
 * {@code 2024-03-05T10:00:00Z}. Anything else is dropped: a wrong date is worse than none.
 */
final class Dates {

    private static final List<DateTimeFormatter> ISO_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_INSTANT);

    /** A date and time with a space or T between them and an offset in any of the common spellings. */
    private static final Pattern NEAR_ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?",
            Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> MAIL_FORMS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            mailForm("[EEE, ]d MMM uuuu HH:mm[:ss] z"),
            mailForm("[EEE, ]d MMM uuuu HH:mm[:ss] Z"),
            mailForm("[EEEE, ]d MMMM uuuu HH:mm[:ss] z"));

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Dates() {
    }

    /** The ISO-8601 form of {@code stated}, or null when it is missing or not a date this class reads. */
    static String iso(String stated) {
        if (stated == null || stated.isBlank()) {
            return null;
        }
        String s = stated.strip();
        if (isIso(s)) {
            return s;
        }
        Matcher m = NEAR_ISO.matcher(s);
        if (m.matches()) {
            String mended = m.group(1) + "T" + m.group(2) + offset(m.group(3));
            return isIso(mended) ? mended : null;
        }
        String spaced = s.replaceAll("\\s+", " ");
        for (DateTimeFormatter form : MAIL_FORMS) {
            try {
                return OUT.format(ZonedDateTime.parse(spaced, form));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return null;
    }

    private static boolean isIso(String s) {
        for (DateTimeFormatter form : ISO_FORMS) {
            try {
                form.parse(s);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static String offset(String stated) {
        if (stated == null) {
            return "";
        }
        String upper = stated.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")) {
            return "Z";
        }
        String digits = upper.replace(":", "");
        return digits.substring(0, 3) + ":" + (digits.length() >= 5 ? digits.substring(3, 5) : "00");
    }

    private static DateTimeFormatter mailForm(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
