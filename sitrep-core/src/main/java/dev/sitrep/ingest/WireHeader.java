package dev.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line header of a saved wire article:
 * {@code date 2022-01-10 <title> Monday, January 10, 2022 11:00:06 AM}, leading blanks allowed, title and
 * time stamp each optional.
 *
 * @param title     the headline, or null when the line has none
 * @param published {@code yyyy-MM-dd'T'HH:mm:ss} from the time stamp, or {@code yyyy-MM-dd} from the date when the
 *                  line has no valid time stamp
 */
record WireHeader(String title, String published) {

    private static final String STAMP = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \\t]+"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + "[ \\t]+\\d{1,2},[ \\t]+\\d{4}[ \\t]+\\d{1,2}:\\d{2}:\\d{2}[ \\t]+(?i:AM|PM)";

    /** The title is lazy and optional-first, so a time stamp right after the date is not taken for a title. */
    private static final Pattern LINE = Pattern.compile(
            "[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]+(.*?))??(?:[ \\t]+(" + STAMP + "))?[ \\t]*");

    private static final DateTimeFormatter STAMP_FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEEE, MMMM d, uuuu h:mm:ss a")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** The header in {@code line} (one line, without its terminator), or empty when it is not one. */
    static Optional<WireHeader> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String date = m.group(1);
        try {
            LocalDate.parse(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        String title = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).trim();
        String published = date;
        if (m.group(3) != null) {
            try {
                String stamp = m.group(3).replaceAll("[ \\t]+", " ");
                published = LocalDateTime.parse(stamp, STAMP_FORMAT).format(ISO_SECONDS);
            } catch (DateTimeException e) {
                // a wrong weekday or an impossible time: keep the date
            }
        }
        return Optional.of(new WireHeader(title, published));
    }
}
