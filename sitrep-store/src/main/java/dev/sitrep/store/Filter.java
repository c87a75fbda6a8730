package dev.sitrep.store;

import java.time.LocalDate;

/**
 * What the queries select by; every field is optional (null: no condition).
 *
 * @param actor    an actor taking part in either role: a code ("CAN", "NATO"), a name or part of one ("Joly")
 * @param source   an actor as source (events) or donor (support)
 * @param target   an actor as target (events) or recipient (support)
 * @param type     an event type (PLOVER) or, for support, an aid type
 * @param mode     an event mode, or for support a status
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 * @param text     a full-text query the reporting articles (events) or the quotes must match
 * @param limit    at most this many rows
 * @param offset   rows to skip, for paging
 */
public record Filter(String actor, String source, String target, String type, String mode, LocalDate from,
                     LocalDate to, String text, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;

    public Filter {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, not " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** No conditions, the default limit. */
    public static Filter all() {
        return new Filter(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public Filter withActor(String a) {
        return new Filter(a, source, target, type, mode, from, to, text, limit, offset);
    }

    public Filter withSource(String s) {
        return new Filter(actor, s, target, type, mode, from, to, text, limit, offset);
    }

    public Filter withTarget(String t) {
        return new Filter(actor, source, t, type, mode, from, to, text, limit, offset);
    }

    public Filter withType(String t) {
        return new Filter(actor, source, target, t, mode, from, to, text, limit, offset);
    }

    public Filter withMode(String m) {
        return new Filter(actor, source, target, type, m, from, to, text, limit, offset);
    }

    public Filter withDays(LocalDate f, LocalDate t) {
        return new Filter(actor, source, target, type, mode, f, t, text, limit, offset);
    }

    public Filter withText(String q) {
        return new Filter(actor, source, target, type, mode, from, to, q, limit, offset);
    }

    public Filter withPage(int l, int o) {
        return new Filter(actor, source, target, type, mode, from, to, text, l, o);
    }
}
