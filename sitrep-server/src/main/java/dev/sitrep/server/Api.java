package dev.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.model.AidType;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import dev.sitrep.store.Table;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read handlers of the JSON API, one method per endpoint: each reads its parameters ({@link Params}), asks
 * {@link Queries} and writes JSON. A list comes as {@code {"limit", "offset", "next", "items": [...]}}, each item an
 * object named by the table's columns; {@code next} is the offset of the next page, or null on the last.
 */
final class Api {

    /** Full-text hits that facets and narrowing look at: the best this many. */
    static final int FACET_HITS = 1000;
    /** The most rows a CSV export holds. */
    static final int MAX_CSV_ROWS = 10_000;

    private static final Set<String> DAYS = Set.of("from", "to");
    private static final Set<String> PAGE = Set.of("limit", "offset");
    private static final Set<String> EVENT_FILTERS = union(Set.of("actor", "source", "target", "type", "mode",
            "text"), DAYS);
    private static final Set<String> SUPPORT_FILTERS = union(Set.of("actor", "donor", "recipient", "type",
            "status"), DAYS);

    /** Periods a timeline counts in. */
    enum Interval {
        DAY, WEEK, MONTH, YEAR
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Queries queries;

    Api(Queries queries) {
        this.queries = queries;
    }

    // ---- search -------------------------------------------------------------------------------------------------

    /** {@code GET /api/search}: ranked articles or quotes with snippets, optionally narrowed by facet values. */
    void search(Context ctx) {
        Params p = new Params(ctx, union(Set.of("q", "quotes", "site", "actor", "type"), DAYS, PAGE));
        String q = p.required("q");
        boolean quotes = p.flag("quotes");
        LocalDate[] days = p.days();
        String site = p.text("site");
        String actor = p.text("actor");
        String type = p.nameOf("type", EventType.class);
        Params.Page page = p.page(Params.MAX_LIMIT);
        Table hits = store("q", () -> {
            List<String> among = null;
            if (site != null || actor != null || type != null) {
                if (quotes) {
                    throw ApiError.badParameter("quotes", "facets narrow article searches only");
                }
                among = queries.narrow(queries.searchIds(q, days[0], days[1], FACET_HITS), site, actor, type);
            }
            return queries.search(q, quotes, days[0], days[1], among, page.offset() + page.limit());
        });
        int from = Math.min(page.offset(), hits.size());
        send(ctx, page(new Table(hits.columns(), hits.rows().subList(from, hits.size())), page));
    }

    /** {@code GET /api/facets}: sites, months, actors and event types among the best hits of a search. */
    void facets(Context ctx) {
        Params p = new Params(ctx, union(Set.of("q", "top"), DAYS));
        String q = p.required("q");
        LocalDate[] days = p.days();
        int top = p.integer("top", 10, 1, 100);
        List<String> ids = store("q", () -> queries.searchIds(q, days[0], days[1], FACET_HITS));
        ObjectNode out = JSON.createObjectNode().put("hits", ids.size()).put("of_at_most", FACET_HITS);
        ObjectNode facets = out.putObject("facets");
        for (String f : List.of("site", "month", "actor", "type")) {
            facets.putArray(f);
        }
        Table t = queries.facets(ids, top);
        for (int i = 0; i < t.size(); i++) {
            ((ArrayNode) facets.get((String) t.get(i, "facet"))).addObject()
                    .put("value", (String) t.get(i, "value"))
                    .put("label", (String) t.get(i, "label"))
                    .put("articles", (Long) t.get(i, "articles"));
        }
        send(ctx, out);
    }

    // ---- articles, actors, quotes -----------------------------------------------------------------------------

    /** {@code GET /api/articles/{id}}: one article with everything extracted from it and the offsets. */
    void article(Context ctx) {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        Table t = queries.article(id);
        if (t.size() == 0) {
            throw ApiError.notFound("no article " + id + " in the store");
        }
        ObjectNode out = row(t, 0);
        out.remove(List.of("json", "entities", "actor_ids"));
        ObjectNode actors = out.putObject("actor_ids");
        List<?> entities = (List<?>) t.get(0, "entities");
        for (int i = 0; i < entities.size(); i++) {
            actors.put((String) entities.get(i), (String) ((List<?>) t.get(0, "actor_ids")).get(i));
        }
        try {
            out.set("article", JSON.readTree((String) t.get(0, "json")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored article " + id + " is not JSON: " + e.getMessage(), e);
        }
        send(ctx, out);
    }

    /** {@code GET /api/actors}: actors by mentions, with titles and affiliations. */
    void actors(Context ctx) {
        Params p = new Params(ctx, union(Set.of("kind", "name"), PAGE));
        Params.Page page = p.page(Params.MAX_LIMIT);
        Filter f = new Filter(p.text("name"), null, null, p.nameOf("kind", EntityType.class), null, null, null, null,
                page.limit(), page.offset());
        send(ctx, page(store("name", () -> queries.actors(f)), page));
    }

    /**
     * {@code GET /api/actors/{id}}: one actor; its titles and affiliations over time; its latest quotes; and the
     * latest events it took part in as source and as target (a page of each; the list endpoints page further).
     */
    void actor(Context ctx) {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        Table found = queries.actors(Filter.all().withActor(id).withPage(Params.MAX_LIMIT, 0));
        int i = found.column("actor_id").indexOf(id);
        if (i < 0) {
            throw ApiError.notFound("no actor " + id + " in the store");
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("actor", row(found, i));
        Table roles = queries.actorRoles(id);
        out.set("roles", items(new Table(roles.columns(), roles.rows().subList(0, Math.min(roles.size(),
                Params.MAX_LIMIT)))));
        Filter latest = Filter.all();
        out.set("quotes", items(queries.quotes(latest.withActor(id))));
        out.set("as_source", items(queries.events(latest.withSource(id))));
        out.set("as_target", items(queries.events(latest.withTarget(id))));
        send(ctx, out);
    }

    /** {@code GET /api/quotes}: who said what, newest first. */
    void quotes(Context ctx) {
        Params p = new Params(ctx, union(Set.of("speaker", "text"), DAYS, PAGE));
        String speaker = p.text("speaker");
        String text = p.text("text");
        LocalDate[] days = p.days();
        Params.Page page = p.page(Params.MAX_LIMIT);
        Filter f = new Filter(speaker, null, null, null, null, days[0], days[1], text, page.limit(), page.offset());
        send(ctx, page(store("text", () -> queries.quotes(f)), page));
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** {@code GET /api/events}: real-world events, one each however many articles report them. */
    void events(Context ctx) {
        Params p = new Params(ctx, union(EVENT_FILTERS, PAGE));
        Params.Page page = p.page(Params.MAX_LIMIT);
        Filter f = eventFilter(p, page.limit(), page.offset());
        send(ctx, page(store("text", () -> queries.events(f)), page));
    }

    /** {@code GET /api/events/{id}/reports}: the articles reporting one event, with the words that say it. */
    void eventReports(Context ctx) {
        new Params(ctx, Set.of());
        Table t = queries.eventReports(ctx.pathParam("id"));
        if (t.size() == 0) {
            throw ApiError.notFound("no event " + ctx.pathParam("id") + " in the store");
        }
        send(ctx, JSON.createObjectNode().set("items", items(t)));
    }

    /**
     * {@code GET /api/timeline}: events per period and type, for an actor, as source or target, or between a
     * source and a target (either acting on the other).
     */
    void timeline(Context ctx) {
        Params p = new Params(ctx, union(Set.of("actor", "source", "target", "type", "mode", "interval"), DAYS));
        Interval interval = p.oneOf("interval", Interval.class);
        Filter f = eventFilter(p, Filter.DEFAULT_LIMIT, 0);
        String unit = (interval == null ? Interval.MONTH : interval).name().toLowerCase(java.util.Locale.ROOT);
        send(ctx, JSON.createObjectNode().put("interval", unit).set("items", items(queries.timeline(f, unit))));
    }

    /**
     * {@code GET /api/network}: who acts on whom among the events selected as by {@code /api/events}: the actors
     * and, for each source and target, the events and how many are on the conflict side; the busiest links first.
     */
    void network(Context ctx) {
        Params p = new Params(ctx, union(EVENT_FILTERS, Set.of("limit")));
        int limit = p.integer("limit", 100, 1, Params.MAX_LIMIT);
        Filter f = eventFilter(p, limit, 0);
        Table links = store("text", () -> queries.network(f));
        ObjectNode out = JSON.createObjectNode();
        ArrayNode nodes = out.putArray("nodes");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            for (String end : List.of("source", "target")) {
                String id = (String) links.get(i, end);
                if (seen.add(id)) {
                    nodes.addObject().put("id", id).put("name", (String) links.get(i, end + "_name"))
                            .put("kind", (String) links.get(i, end + "_kind"));
                }
            }
        }
        ArrayNode edges = out.putArray("links");
        for (int i = 0; i < links.size(); i++) {
            edges.addObject().put("source", (String) links.get(i, "source"))
                    .put("target", (String) links.get(i, "target"))
                    .put("events", (Long) links.get(i, "events"))
                    .put("conflict", (Long) links.get(i, "conflict"));
        }
        send(ctx, out);
    }

    private static Filter eventFilter(Params p, int limit, int offset) {
        LocalDate[] days = p.days();
        return new Filter(p.text("actor"), p.text("source"), p.text("target"), p.nameOf("type", EventType.class),
                p.nameOf("mode", EventMode.class), days[0], days[1], p.text("text"), limit, offset);
    }

    // ---- support ------------------------------------------------------------------------------------------------

    /** {@code GET /api/support}: commitments of support, newest first. */
    void support(Context ctx) {
        Params p = new Params(ctx, union(SUPPORT_FILTERS, PAGE));
        Params.Page page = p.page(Params.MAX_LIMIT);
        send(ctx, page(queries.support(supportFilter(p, page.limit(), page.offset())), page));
    }

    /** {@code GET /api/support/totals}: commitments summed per donor, recipient, type, status and currency. */
    void supportTotals(Context ctx) {
        Params p = new Params(ctx, SUPPORT_FILTERS);
        send(ctx, JSON.createObjectNode().set("items", items(queries.supportTotals(supportFilter(p, 1, 0)))));
    }

    /** {@code GET /api/support.csv}: the commitments as CSV with a header row, at most {@link #MAX_CSV_ROWS}. */
    void supportCsv(Context ctx) {
        Params p = new Params(ctx, union(SUPPORT_FILTERS, Set.of("limit")));
        int limit = p.integer("limit", MAX_CSV_ROWS, 1, MAX_CSV_ROWS);
        Table t = queries.support(supportFilter(p, limit, 0));
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-support.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(Csv.write(t));
    }

    private static Filter supportFilter(Params p, int limit, int offset) {
        LocalDate[] days = p.days();
        return new Filter(p.text("actor"), p.text("donor"), p.text("recipient"), p.nameOf("type", AidType.class),
                p.nameOf("status", CommitmentStatus.class), days[0], days[1], null, limit, offset);
    }

    /** {@code GET /api/types}: the PLOVER event types, from cooperation to conflict, with their CAMEO roots. */
    void types(Context ctx) {
        new Params(ctx, Set.of());
        ArrayNode items = JSON.createArrayNode();
        for (EventType t : EventType.values()) {
            items.addObject().put("type", t.name()).put("cameo_root", t.cameoRoot()).put("conflict", t.isConflict());
        }
        send(ctx, JSON.createObjectNode().set("items", items));
    }

    // ---- the store ----------------------------------------------------------------------------------------------

    /** {@code GET /api/stats}: rows per table and the number of stories. */
    void stats(Context ctx) {
        new Params(ctx, Set.of());
        send(ctx, JSON.createObjectNode().set("items", items(queries.counts())));
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    /** Runs a query whose IllegalArgumentException is about {@code parameter} (a text query the store parses). */
    private static <T> T store(String parameter, Supplier<T> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter(parameter, e.getMessage());
        }
    }

    private static ObjectNode page(Table t, Params.Page page) {
        ObjectNode out = JSON.createObjectNode().put("limit", page.limit()).put("offset", page.offset());
        Table shown = t.size() > page.limit() ? new Table(t.columns(), t.rows().subList(0, page.limit())) : t;
        if (shown.size() == page.limit() && page.offset() + page.limit() <= Params.MAX_OFFSET) {
            out.put("next", page.offset() + page.limit());
        } else {
            out.putNull("next");
        }
        out.set("items", items(shown));
        return out;
    }

    static ArrayNode items(Table t) {
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < t.size(); i++) {
            items.add(row(t, i));
        }
        return items;
    }

    private static ObjectNode row(Table t, int i) {
        ObjectNode o = JSON.createObjectNode();
        for (int c = 0; c < t.columns().size(); c++) {
            o.set(t.columns().get(c), JSON.valueToTree(t.rows().get(i).get(c)));
        }
        return o;
    }

    static void send(Context ctx, JsonNode body) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
