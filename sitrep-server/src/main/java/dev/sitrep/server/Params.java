package dev.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The query parameters of one request, read as typed values. Every endpoint names the parameters it takes; any
 * other, a repeated one, or a value that cannot be read is a 400 naming the parameter and why.
 */
final class Params {

    /** The most rows one page may hold. */
    static final int MAX_LIMIT = 500;
    /** The default page size. */
    static final int DEFAULT_LIMIT = 50;
    /** The furthest a page may start: deep pages of a ranked search cost as much as all pages before them. */
    static final int MAX_OFFSET = 10_000;
    /** The longest text parameter (a query, a name). */
    static final int MAX_TEXT = 500;

    /** One page: how many rows, from where. */
    record Page(int limit, int offset) {
    }

    private final Map<String, List<String>> values;

    Params(Context ctx, Set<String> allowed) {
        this.values = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiError.badParameter(e.getKey(), "unknown parameter; this endpoint takes "
                        + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badParameter(e.getKey(), "given " + e.getValue().size() + " times; give it once");
            }
        }
    }

    /** The parameter's text, stripped, or null when absent; blank or over {@link #MAX_TEXT} characters is a 400. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return null;
        }
        String s = v.get(0).strip();
        if (s.isEmpty()) {
            throw ApiError.badParameter(name, "must not be empty");
        }
        if (s.length() > MAX_TEXT) {
            throw ApiError.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        return s;
    }

    /** As {@link #text}, but absent is a 400 too. */
    String required(String name) {
        String s = text(name);
        if (s == null) {
            throw ApiError.badParameter(name, "is required");
        }
        return s;
    }

    /** A day as YYYY-MM-DD, or null. */
    LocalDate day(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, "'" + s + "' is not a day as YYYY-MM-DD (e.g. 2024-03-04)");
        }
    }

    /** {@code from} and {@code to}, checked to make a range: [from, to] or null for an open end. */
    LocalDate[] days() {
        LocalDate from = day("from");
        LocalDate to = day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("from", from + " is after to " + to + ": the range would be empty");
        }
        return new LocalDate[] {from, to};
    }

    /** One of an enum's constants, named in any case, or null; anything else is a 400 listing them. */
    <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        throw ApiError.badParameter(name, "'" + s + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** The constant's name, or null: the store reads it in any case. */
    <E extends Enum<E>> String nameOf(String name, Class<E> type) {
        E e = oneOf(name, type);
        return e == null ? null : e.name();
    }

    /** true or false (absent: false). */
    boolean flag(String name) {
        String s = text(name);
        if (s == null || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        throw ApiError.badParameter(name, "'" + s + "' is not true or false");
    }

    /** A whole number in [min, max], or {@code otherwise} when absent. */
    int integer(String name, int otherwise, int min, int max) {
        String s = text(name);
        if (s == null) {
            return otherwise;
        }
        long n;
        try {
            n = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, "'" + s + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ApiError.badParameter(name, "must be between " + min + " and " + max + ", not " + n);
        }
        return (int) n;
    }

    /** {@code limit} (1 to {@code maxLimit}, default {@link #DEFAULT_LIMIT}) and {@code offset}. */
    Page page(int maxLimit) {
        return new Page(integer("limit", Math.min(DEFAULT_LIMIT, maxLimit), 1, maxLimit),
                integer("offset", 0, 0, MAX_OFFSET));
    }
}
