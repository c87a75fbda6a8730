package dev.sitrep.store;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows one analysed article gives each table, in the columns of {@link Schema}: a pure function of the article
 * and its place (id, seq, story), shared by the embedded store ({@code Batch}) and the Spark job, so both write the
 * same rows.
 *
 * <p>The per-article tables ({@link #ARTICLE_TABLES}) get their final rows. The cross-article tables
 * ({@link #MERGED_TABLES}) get this article's contribution, one row per actor, event and site: counts of 1 (an
 * actor's mentions here), the published date as first and last, the other fields as this article states them.
 * Contributions merge by key: counts add up, first and last take the least and greatest date, and every other field
 * comes from the earliest article (the first contribution).
 *
 * <p>Values are String, Integer, Long, Boolean, BigDecimal (scale 4), LocalDate, LocalDateTime, List of String,
 * or null.
 */
public final class Rows {

    /** Tables whose rows belong to one article. */
    public static final List<String> ARTICLE_TABLES = List.of("articles", "story_keys", "entities", "mentions",
            "quotes", "event_reports", "commitments");

    /** Tables with one row per thing across articles, merged from each article's contribution. */
    public static final List<String> MERGED_TABLES = List.of("actors", "events", "sources");

    /** Where the counts of a contribution are: actors' mentions and articles, events' reports, sources' articles. */
    static final int ACTOR_MENTIONS = 5;
    static final int ACTOR_ARTICLES = 6;
    static final int EVENT_REPORTS = 13;
    static final int EVENT_SITES = 14;
    static final int EVENT_FIRST = 15;
    static final int EVENT_LAST = 16;
    static final int SOURCE_ARTICLES = 1;
    static final int SOURCE_FIRST = 2;
    static final int SOURCE_LAST = 3;

    private final Map<String, List<Object[]>> rows = new HashMap<>();

    private Rows() {
    }

    /** The rows of {@code table}, in order; empty when the article gives it none. */
    public List<Object[]> get(String table) {
        if (!ARTICLE_TABLES.contains(table) && !MERGED_TABLES.contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        return rows.getOrDefault(table, List.of());
    }

    /**
     * The rows of an article.
     *
     * @param id         its article id ({@link Keys#articleId})
     * @param seq        its place in the store's order
     * @param story      its story id
     * @param storyKeys  its band keys ({@link Keys#storyKeys})
     * @param ingestedAt when it was stored
     */
    public static Rows of(String id, long seq, String story, long[] storyKeys, Article a, LocalDateTime ingestedAt) {
        Rows r = new Rows();
        String day = day(a.source().published());
        LocalDate date = day == null ? null : LocalDate.parse(day);
        String published = a.source().published();
        Map<String, String> actorOf = new HashMap<>();
        Map<String, Object[]> actors = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            String actorId = Keys.actorId(e);
            actorOf.put(e.id(), actorId);
            r.add("entities", id, e.id(), actorId, e.type().name(), e.name(), e.code(), e.country(), e.affiliation(),
                    e.titles(), e.mentions().size(), date, sector(e.sector()), e.kb(), origins(e));
            for (Span m : e.mentions()) {
                r.add("mentions", id, e.id(), m.start(), m.end());
            }
            Object[] actor = actors.computeIfAbsent(actorId, k -> new Object[] {k, e.type().name(), e.name(),
                e.code(), e.country(), 0L, 1L, sector(e.sector()), e.kb()});
            actor[ACTOR_MENTIONS] = (Long) actor[ACTOR_MENTIONS] + e.mentions().size();
        }
        r.rows.put("actors", new ArrayList<>(actors.values()));
        String site = site(a.source().url());
        r.add("articles", id, seq, a.source().id(), a.source().url(), site, a.source().title(), a.source().author(),
                published, date, story, a.text(), a.coder(), ingestedAt, ArticleJson.toString(ArticleJson.toJson(a)));
        for (long key : storyKeys) {
            r.add("story_keys", key, id, story, seq);
        }
        int n = 0;
        for (Quote q : a.quotes()) {
            r.add("quotes", id, n++, q.span().start(), q.span().end(), q.text(), q.direct(), q.speakerId(),
                    q.speakerId() == null ? null : actorOf.get(q.speakerId()), q.speakerName(), q.cue(), date);
        }
        Map<String, Object[]> events = new LinkedHashMap<>();
        n = 0;
        for (Event e : a.events()) {
            String eventId = Keys.eventId(e);
            String eventDay = e.date() != null && e.date().length() == 10 ? e.date() : day;
            events.computeIfAbsent(eventId, k -> new Object[] {k, e.type().name(), e.cameo(),
                e.mode().name().toLowerCase(Locale.ROOT), Keys.actors(e.source()), Keys.actors(e.target()),
                names(e.source()), names(e.target()), actorKeys(e.source(), actorOf), actorKeys(e.target(), actorOf),
                eventDay == null ? null : LocalDate.parse(eventDay), e.date(),
                e.location() == null ? null : e.location().name(), 1L,
                site == null ? List.of() : List.of(site), published, published, id, countries(e.source()),
                countries(e.target()), sectors(e.source()), sectors(e.target())});
            r.add("event_reports", id, n++, eventId, e.trigger(), e.triggerSpan().start(), e.triggerSpan().end(),
                    e.span().start(), e.span().end(), e.pattern());
        }
        r.rows.put("events", new ArrayList<>(events.values()));
        n = 0;
        for (Commitment c : a.commitments()) {
            String cDay = c.date() != null && c.date().length() == 10 ? c.date() : day;
            r.add("commitments", id, n++, codeOrName(c.donor()), actorOf.getOrDefault(c.donor().entity(),
                    "unknown:" + Keys.fold(c.donor().name())), c.recipient() == null ? null : codeOrName(c.recipient()),
                    c.recipient() == null ? null : actorOf.get(c.recipient().entity()),
                    c.aidType().name().toLowerCase(Locale.ROOT), c.what(),
                    c.amount() == null ? null : c.amount().setScale(4, RoundingMode.HALF_UP), c.currency(),
                    c.status().name().toLowerCase(Locale.ROOT), c.date(), cDay == null ? null : LocalDate.parse(cDay),
                    c.span().start(), c.span().end(), c.donor().country(), sector(c.donor().sector()),
                    c.recipient() == null ? null : c.recipient().country(),
                    c.recipient() == null ? null : sector(c.recipient().sector()));
        }
        if (site != null) {
            r.add("sources", site, 1L, published, published);
        }
        return r;
    }

    /** The date part of an ISO-8601 date or date-time, or null. */
    public static String day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The host of a URL without "www.", or null. */
    public static String site(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The lesser of two ISO dates or date-times as text; null only when both are. */
    static String least(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    /** The greater of two ISO dates or date-times as text; null only when both are. */
    static String greatest(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private void add(String table, Object... values) {
        rows.computeIfAbsent(table, k -> new ArrayList<>()).add(values);
    }

    /**
     * An event's actors as one searchable string, {@code |country:UKR|org:NATO|}: filtering a million events by
     * {@code contains(source_actors, '|country:UKR|')} is a fast column scan, where a join was not.
     */
    private static String actorKeys(List<EntityRef> refs, Map<String, String> actorOf) {
        StringBuilder b = new StringBuilder("|");
        for (EntityRef r : refs) {
            b.append(actorOf.getOrDefault(r.entity(), "unknown:" + Keys.fold(r.name()))).append('|');
        }
        return b.toString();
    }

    private static String sector(dev.sitrep.model.Sector s) {
        return s == null ? null : s.name();
    }

    /** Where an entity's filled fields came from: {@code titles=kb,affiliation=store:ARTICLE}, or null. */
    static String origins(Entity e) {
        if (e.origins().isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        e.origins().forEach((f, o) -> b.append(b.length() > 0 ? "," : "").append(f.name().toLowerCase(Locale.ROOT))
                .append('=').append(o));
        return b.toString();
    }

    /** The states of event actors, each once, sorted and joined with '+'; null when none has one. */
    private static String countries(List<EntityRef> refs) {
        java.util.TreeSet<String> s = new java.util.TreeSet<>();
        refs.forEach(r -> {
            if (r.country() != null) {
                s.add(r.country());
            }
        });
        return s.isEmpty() ? null : String.join("+", s);
    }

    /** The sectors of event actors, each once, sorted and joined with '+'; null when none has one. */
    private static String sectors(List<EntityRef> refs) {
        java.util.TreeSet<String> s = new java.util.TreeSet<>();
        refs.forEach(r -> {
            if (r.sector() != null) {
                s.add(r.sector().name());
            }
        });
        return s.isEmpty() ? null : String.join("+", s);
    }

    private static String names(List<EntityRef> refs) {
        StringBuilder b = new StringBuilder();
        for (EntityRef r : refs) {
            b.append(b.length() > 0 ? "; " : "").append(r.name());
        }
        return b.toString();
    }

    private static String codeOrName(EntityRef r) {
        return r.code() != null ? r.code() : r.name();
    }
}
