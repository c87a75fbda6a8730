package dev.sitrep.events;

import dev.sitrep.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions in a stretch of an article's text, resolved against the article's date: "on Friday",
 * "yesterday", "January 7", "7 Jan. 2022", "in March", "since 2014", "last month", "two days ago", "2022-01-07".
 *
 * <p>Words are matched without regard to case, with two exceptions: "May" and "March" count as months only when
 * capitalised, and even then only when a day number or a year follows or a word such as "in", "since", "early" or
 * "mid-" comes before ("Russia may attack", "protesters march", "Russia May Attack" are not dates). A month or
 * year standing alone needs such a word before it too: "in", "since", "by", "of", "until", "from", "before",
 * "after", "during", "early", "late", "mid". A span covers the date itself, not that word: in "since 2014" it is
 * "2014". Times of day ("11:00"), counts ("2,000 troops", "2000 troops"), numbered ranges ("January 7-9") and
 * weekday plurals ("on Fridays") are not dates. Nor is a year after "of" or "by" that a lower-case word follows
 * ("a force of 2000 troops", "won by 2000 votes"; so "by 2030 the plan ..." is missed where "by 2030, the plan"
 * is not), nor April, May, June or August alone before a capitalised word, read as a first name ("a letter from
 * June Carter").
 *
 * <p>Where the article's date does not settle an expression, {@link Direction} does:
 * <ul>
 * <li>A weekday alone or after "on" or "this" is the nearest such day in the direction, and the article's own
 * weekday is the article's date ("Friday" in a Friday article is that Friday, either way). {@code EITHER} reads
 * it as past, the convention of news. "last Friday" is always the one strictly before the article's date and
 * "next Friday" the one strictly after it, whatever the direction.
 * <li>A month and day without a year, or a month without a year, takes the year that puts it nearest the article's
 * date in the direction: on or before it for {@code PAST}, on or after it for {@code FUTURE}, and for
 * {@code EITHER} whichever of those two is nearer, the past one on a tie. "December 20" in a January article is
 * the previous December for {@code PAST} and {@code EITHER}, the coming one for {@code FUTURE}.
 * <li>"last week", "this week" and "next week" give nothing: a week is no day, month or year, and the one holding
 * it (which can straddle two months) would claim more than the article says.
 * </ul>
 *
 * <p>Offsets are absolute offsets into the text. Expressions lie inside the window, and so does the word that
 * makes a month or year alone a date (the "in" of "in March"); the characters just around them (the digit after a
 * cut-off "January 1", the word after a year) are read from the whole text. A window without a digit is not
 * searched for the forms that need one. Stateless and thread-safe; the patterns are compiled once.
 */
public final class EventDates {

    /** Which way from the article's date an expression with no year or a bare weekday is read. */
    public enum Direction {
        /** The event has happened: reported in the past tense. */
        PAST,
        /** The event is to come: planned, promised, threatened. */
        FUTURE,
        /** Unknown: the nearest reading, and the past one for weekdays. */
        EITHER
    }

    /**
     * A date expression found in the text.
     *
     * @param span where the expression is, without a leading preposition
     * @param date ISO-8601, as precise as the expression: {@code 2022-01-07}, {@code 2022-01} or {@code 2022}
     */
    public record DateExpression(Span span, String date) {
    }

    private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september"
            + "|october|november|december";
    private static final String MONTH = "(?<month>" + MONTH_NAMES
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String YEAR = "(?<year>19\\d\\d|20\\d\\d|2100)";
    /** A number ends here: no letter, digit or percent sign follows, nor a separator and a digit. */
    private static final String NUMBER_END = "(?![\\p{L}\\d%]|[.,:/\\u2013-]\\d)";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    /** A word that makes a month or year standing alone a date; not part of the date's span. */
    private static final String PREPOSITION =
            "\\b(?<preposition>in|since|by|of|until|from|before|after|during|early|late|mid)[\\s-]{1,3}";

    /**
     * The forms, each one pattern, resolved by {@link #resolve}. A match is the date's span, except in the forms
     * after a {@link #PREPOSITION}, where the span is the group {@code date}.
     */
    private enum Form {
        ISO("(?<![\\w.-])" + YEAR + "-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\d-])"),
        MONTH_DAY("\\b" + MONTH + "\\.?\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?" + NUMBER_END),
        DAY_MONTH("(?<![\\w.,:/\\u2013-])" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\.?,?\\s+" + YEAR + ")?"
                + NUMBER_END),
        MONTH_YEAR("\\b" + MONTH + "\\.?,?\\s+" + YEAR + NUMBER_END),
        MONTH_ALONE(PREPOSITION + "(?<date>(?<month>" + MONTH_NAMES + "))\\b"),
        YEAR_ALONE(PREPOSITION + "(?<date>" + YEAR + ")" + NUMBER_END),
        WEEKDAY("\\b(?:(?<which>last|this|next)\\s+)?"
                + "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"),
        NEAR_DAY("\\b(?:(?<minus2>the\\s+day\\s+before\\s+yesterday)|(?<plus2>the\\s+day\\s+after\\s+tomorrow)"
                + "|(?<minus1>yesterday|last\\s+night)|(?<plus1>tomorrow)"
                + "|today|tonight|this\\s+(?:morning|afternoon|evening))\\b"),
        NEAR_PERIOD("\\b(?<which>last|this|next)\\s+(?<unit>month|year)\\b"),
        AGO("(?<![\\d.,])\\b(?<count>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
                + "(?<unit>day|week|month|year)s?\\s+ago\\b");

        private final Pattern pattern;
        /** Whether every match has a digit (a day or year is required), so a window without one is skipped. */
        private final boolean digits;
        private final boolean afterPreposition;

        Form(String regex) {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            digits = regex.contains(YEAR) || regex.contains(DAY);
            afterPreposition = regex.startsWith(PREPOSITION);
        }
    }

    private static final Form[] FORMS = Form.values();
    private static final String MONTH_PREFIXES = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String WEEKDAY_PREFIXES = "montuewedthufrisatsun";
    private static final List<String> COUNT_WORDS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Comparator<DateExpression> LONGEST_FIRST =
            Comparator.comparingInt((DateExpression d) -> -d.span().length()).thenComparing(DateExpression::span);
    private static final Comparator<DateExpression> IN_TEXT_ORDER = Comparator.comparing(DateExpression::span);

    private EventDates() {
    }

    /**
     * The date expressions in {@code text[from, to)}, in text order and not overlapping, as an unmodifiable list;
     * where two overlap, the longer wins ("January 7, 2022" over "January 7", "the day before yesterday" over
     * "yesterday").
     *
     * @param reference the article's date
     * @param direction how to read expressions the reference does not settle
     * @throws IndexOutOfBoundsException if the window is not inside the text
     */
    public static List<DateExpression> find(String text, int from, int to, LocalDate reference, Direction direction) {
        Objects.checkFromToIndex(from, to, text.length());
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(direction, "direction");
        List<DateExpression> found = new ArrayList<>();
        boolean digits = hasDigit(text, from, to);
        Matcher m = FORMS[0].pattern.matcher(text).useTransparentBounds(true);
        for (Form form : FORMS) {
            if (form.digits && !digits) {
                continue;
            }
            m.usePattern(form.pattern).region(from, to);
            while (m.find()) {
                String date = resolve(form, text, m, reference, direction);
                if (date != null) {
                    Span span = form.afterPreposition ? new Span(m.start("date"), m.end("date"))
                            : new Span(m.start(), m.end());
                    found.add(new DateExpression(span, date));
                }
            }
        }
        return List.copyOf(longestFirst(found));
    }

    private static List<DateExpression> longestFirst(List<DateExpression> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(LONGEST_FIRST);
        List<DateExpression> kept = new ArrayList<>(found.size());
        for (DateExpression d : found) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(d.span()))) {
                kept.add(d);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /** The ISO date of a match, or null when the match is no date after all. */
    private static String resolve(Form form, String text, Matcher m, LocalDate ref, Direction direction) {
        return switch (form) {
            case ISO -> exactDate(number(text, m, "year"), number(text, m, "month"), number(text, m, "day"));
            case MONTH_DAY, DAY_MONTH -> monthDay(text, m, ref, direction);
            case MONTH_YEAR -> {
                int month = month(text, m.start("month"));
                yield month == 0 ? null : YearMonth.of(number(text, m, "year"), month).toString();
            }
            case MONTH_ALONE -> {
                int month = month(text, m.start("month"));
                yield month == 0 || readsAsName(month, text, m.end()) ? null
                        : nearest(Month.of(month), YearMonth.from(ref), direction).toString();
            }
            case YEAR_ALONE -> readsAsCount(text, m) ? null : text.substring(m.start("date"), m.end("date"));
            case WEEKDAY -> weekday(text, m, ref, direction).toString();
            case NEAR_DAY -> ref.plusDays(nearDayOffset(m)).toString();
            case NEAR_PERIOD -> {
                int step = step(text, m.start("which"));
                yield isMonth(text, m) ? YearMonth.from(ref).plusMonths(step).toString()
                        : String.valueOf(ref.getYear() + step);
            }
            case AGO -> ago(text, m, ref);
        };
    }

    private static String exactDate(int year, int month, int day) {
        return day <= Month.of(month).maxLength() && MonthDay.of(month, day).isValidYear(year)
                ? LocalDate.of(year, month, day).toString() : null;
    }

    private static String monthDay(String text, Matcher m, LocalDate ref, Direction direction) {
        int month = month(text, m.start("month"));
        int day = number(text, m, "day");
        if (month == 0 || day < 1 || day > Month.of(month).maxLength()) {
            return null;
        }
        if (m.start("year") >= 0) {
            return exactDate(number(text, m, "year"), month, day);
        }
        return nearest(MonthDay.of(month, day), ref, direction).toString();
    }

    /** The day of {@code md} nearest {@code ref} in the direction (see the class comment). */
    private static LocalDate nearest(MonthDay md, LocalDate ref, Direction direction) {
        int y = ref.getYear();
        while (!md.isValidYear(y) || md.atYear(y).isAfter(ref)) {
            y--;
        }
        LocalDate past = md.atYear(y);
        y = ref.getYear();
        while (!md.isValidYear(y) || md.atYear(y).isBefore(ref)) {
            y++;
        }
        LocalDate future = md.atYear(y);
        return switch (direction) {
            case PAST -> past;
            case FUTURE -> future;
            case EITHER -> ChronoUnit.DAYS.between(ref, future) < ChronoUnit.DAYS.between(past, ref) ? future : past;
        };
    }

    /** The month {@code month} nearest {@code ref} in the direction (see the class comment). */
    private static YearMonth nearest(Month month, YearMonth ref, Direction direction) {
        YearMonth past = ref.withMonth(month.getValue());
        YearMonth future = past;
        if (past.isAfter(ref)) {
            past = past.minusYears(1);
        } else if (future.isBefore(ref)) {
            future = future.plusYears(1);
        }
        return switch (direction) {
            case PAST -> past;
            case FUTURE -> future;
            case EITHER -> ref.until(future, ChronoUnit.MONTHS) < past.until(ref, ChronoUnit.MONTHS) ? future : past;
        };
    }

    private static LocalDate weekday(String text, Matcher m, LocalDate ref, Direction direction) {
        DayOfWeek day = dayOfWeek(text, m.start("weekday"));
        int step = m.start("which") < 0 ? 0 : step(text, m.start("which"));
        if (step < 0) {
            return ref.with(TemporalAdjusters.previous(day));
        }
        if (step > 0) {
            return ref.with(TemporalAdjusters.next(day));
        }
        return ref.with(direction == Direction.FUTURE
                ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }

    private static long nearDayOffset(Matcher m) {
        if (m.start("minus2") >= 0) {
            return -2;
        }
        if (m.start("plus2") >= 0) {
            return 2;
        }
        if (m.start("minus1") >= 0) {
            return -1;
        }
        return m.start("plus1") >= 0 ? 1 : 0;
    }

    private static String ago(String text, Matcher m, LocalDate ref) {
        int count = count(text, m.start("count"), m.end("count"));
        return switch (Character.toLowerCase(text.charAt(m.start("unit")))) {
            case 'd' -> ref.minusDays(count).toString();
            case 'w' -> ref.minusWeeks(count).toString();
            case 'm' -> YearMonth.from(ref).minusMonths(count).toString();
            default -> String.valueOf(ref.getYear() - count);
        };
    }

    /** The number written in digits or as "a", "an", "one" to "ten". */
    private static int count(String text, int start, int end) {
        if (Character.isDigit(text.charAt(start))) {
            return Integer.parseInt(text, start, end, 10);
        }
        for (int i = 0; i < COUNT_WORDS.size(); i++) {
            String word = COUNT_WORDS.get(i);
            if (word.length() == end - start && text.regionMatches(true, start, word, 0, word.length())) {
                return i + 1;
            }
        }
        return 1;
    }

    /** -1 for "last", 0 for "this", 1 for "next". */
    private static int step(String text, int at) {
        return switch (Character.toLowerCase(text.charAt(at))) {
            case 'l' -> -1;
            case 'n' -> 1;
            default -> 0;
        };
    }

    private static boolean isMonth(String text, Matcher m) {
        return Character.toLowerCase(text.charAt(m.start("unit"))) == 'm';
    }

    private static DayOfWeek dayOfWeek(String text, int at) {
        for (int i = 0; i < 7; i++) {
            if (text.regionMatches(true, at, WEEKDAY_PREFIXES, 3 * i, 3)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalStateException("no weekday at " + at);
    }

    /** 1 to 12 for the month named at {@code at}; 0 for "May", "March" or "Mar" in lower case, a verb. */
    private static int month(String text, int at) {
        for (int i = 0; i < 12; i++) {
            if (text.regionMatches(true, at, MONTH_PREFIXES, 3 * i, 3)) {
                boolean verbToo = i == 2 || i == 4;
                return verbToo && !Character.isUpperCase(text.charAt(at)) ? 0 : i + 1;
            }
        }
        throw new IllegalStateException("no month at " + at);
    }

    /** "by June Carter", "from April Ryan": a month that is also a first name, before a capitalised word. */
    private static boolean readsAsName(int month, String text, int end) {
        boolean firstName = month == 4 || month == 5 || month == 6 || month == 8;
        return firstName && Character.isUpperCase(nextAfterSpace(text, end));
    }

    /** "a force of 2000 troops", "won by 2000 votes": after "of" or "by", before a lower-case word. */
    private static boolean readsAsCount(String text, Matcher m) {
        int at = m.start("preposition");
        boolean ofOrBy = m.end("preposition") - at == 2
                && (text.regionMatches(true, at, "of", 0, 2) || text.regionMatches(true, at, "by", 0, 2));
        return ofOrBy && Character.isLowerCase(nextAfterSpace(text, m.end()));
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first character after the spaces that follow {@code end}, or 0 when no space follows. */
    private static char nextAfterSpace(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i > end && i < text.length() ? text.charAt(i) : 0;
    }

    private static int number(String text, Matcher m, String group) {
        return Integer.parseInt(text, m.start(group), m.end(group), 10);
    }
}
