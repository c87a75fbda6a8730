package dev.sitrep.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Events in the Lucene index: one document per event record, holding what its listing shows (stored) and what
 * the listing and the timeline select and sort by (indexed: type, mode, day, actor ids by role, reports). The
 * {@code events} table is the truth; a document is rewritten from its row whenever a report changes the row.
 * Filtering a million events by actor, type and days takes posting lists here, where the table would be
 * scanned.
 */
final class EventDocs {

    /** The event id. */
    static final String EVENT = "event";
    static final String TYPE = "event_type";
    static final String MODE = "event_mode";
    static final String SOURCE = "source_actor";
    static final String TARGET = "target_actor";
    /** Both roles' actor ids. */
    static final String ACTOR = "event_actor";
    static final String REPORTS = "reports";
    /** The listing's row ({@link #COLUMNS}, {@link Packed}). */
    static final String ROW = "event_row";

    /** The row an event document is made from; its first columns are {@link #COLUMNS}. */
    static final String SELECT = "SELECT e.event_id, CAST(e.day AS VARCHAR) AS day, e.type, e.mode, e.cameo, "
            + "e.source_names AS source, e.source_codes, e.target_names AS target, e.target_codes, e.location, "
            + "e.reports, len(e.sites) AS sources, e.first_reported, e.last_reported, e.source_actors, "
            + "e.target_actors FROM events e";

    /** The columns of an events listing, in order: the row a document packs. */
    static final List<String> COLUMNS = List.of("event_id", "day", "type", "mode", "cameo", "source",
            "source_codes", "target", "target_codes", "location", "reports", "sources", "first_reported",
            "last_reported");

    /** The event id's order as a number: sorting by it is much cheaper than by the id's text. */
    static final String ORDER = "event_order";

    /** Latest day first, then most reported, then by id: the listing's order, and the index's. */
    static final Sort LATEST_FIRST = new Sort(new SortField(SearchIndex.DAY, SortField.Type.INT, true),
            new SortField(REPORTS, SortField.Type.LONG, true), new SortField(ORDER, SortField.Type.LONG));

    private EventDocs() {
    }

    /** The document of the row {@code rs} is on, read by {@link #SELECT}. */
    static Document document(ResultSet rs) throws SQLException {
        Document d = new Document();
        String id = rs.getString(1);
        d.add(new StringField(EVENT, id, Field.Store.NO));
        d.add(new NumericDocValuesField(ORDER, order(id)));
        List<Object> row = new ArrayList<>(COLUMNS.size());
        for (int c = 0; c < COLUMNS.size(); c++) {
            Object v = rs.getObject(c + 1);
            row.add(v instanceof Number n ? (Object) n.longValue() : v == null ? null : v.toString());
        }
        d.add(new BinaryDocValuesField(ROW, Packed.pack(row)));
        String type = rs.getString("type");
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new SortedDocValuesField(TYPE, new BytesRef(type)));
        d.add(new StringField(MODE, rs.getString("mode"), Field.Store.NO));
        SearchIndex.addDay(d, rs.getString("day"));
        d.add(new NumericDocValuesField(REPORTS, rs.getLong("reports")));
        addActors(d, SOURCE, rs.getString("source_actors"));
        addActors(d, TARGET, rs.getString("target_actors"));
        return d;
    }

    /**
     * A number ordered as event ids are: their first 15 hex digits ({@link Keys#eventId} gives "ev" and 24), so
     * ids that differ there, as all but one in 2^60 pairs do, sort as their text does.
     */
    static long order(String eventId) {
        if (eventId.length() >= 17 && eventId.startsWith("ev")) {
            try {
                return Long.parseLong(eventId.substring(2, 17), 16);
            } catch (NumberFormatException e) {
                // not an id Sitrep made: fall through
            }
        }
        return Long.MAX_VALUE;
    }

    /** Each id of {@code actors} ("|a|b|") under {@code field} and under {@link #ACTOR}. */
    private static void addActors(Document d, String field, String actors) {
        for (String id : actors.split("\\|")) {
            if (!id.isEmpty()) {
                d.add(new StringField(field, id, Field.Store.NO));
                d.add(new SortedSetDocValuesField(field, new BytesRef(id)));
                d.add(new StringField(ACTOR, id, Field.Store.NO));
            }
        }
    }

    static Term term(String eventId) {
        return new Term(EVENT, eventId);
    }

    /** Conditions on events, each a filter; every one added must hold. */
    static final class Conditions {
        private final BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);

        Conditions type(String type) {
            return filter(new TermQuery(new Term(TYPE, type)));
        }

        Conditions mode(String mode) {
            return filter(new TermQuery(new Term(MODE, mode)));
        }

        /** Events on a day from {@code from} to {@code to} (inclusive, either null: open); undated ones not. */
        Conditions days(LocalDate from, LocalDate to) {
            if (from == null && to == null) {
                return this;
            }
            return filter(IntPoint.newRangeQuery(SearchIndex.DAY,
                    from == null ? SearchIndex.NO_DAY + 1 : (int) from.toEpochDay(),
                    to == null ? Integer.MAX_VALUE : (int) to.toEpochDay()));
        }

        /** Events with one of {@code ids} in {@code field} ({@link #SOURCE}, {@link #TARGET}, {@link #ACTOR}). */
        Conditions anyOf(String field, Collection<String> ids) {
            return filter(in(field, ids));
        }

        /** Events from one of {@code a} to one of {@code b}, or from {@code b} to {@code a}. */
        Conditions between(Collection<String> a, Collection<String> b) {
            Query ab = new BooleanQuery.Builder().add(in(SOURCE, a), BooleanClause.Occur.FILTER)
                    .add(in(TARGET, b), BooleanClause.Occur.FILTER).build();
            Query ba = new BooleanQuery.Builder().add(in(SOURCE, b), BooleanClause.Occur.FILTER)
                    .add(in(TARGET, a), BooleanClause.Occur.FILTER).build();
            return filter(new BooleanQuery.Builder().add(ab, BooleanClause.Occur.SHOULD)
                    .add(ba, BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build());
        }

        private static Query in(String field, Collection<String> ids) {
            return new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
        }

        private Conditions filter(Query q) {
            query.add(q, BooleanClause.Occur.FILTER);
            return this;
        }

        Query build() {
            return query.build();
        }
    }

    /** A page of the events matching {@code q}, latest day first, then most reported, then by id. */
    static Table page(IndexSearcher searcher, Query q, int limit, int offset) throws IOException {
        TopFieldDocs top = searcher.search(q, offset + limit, LATEST_FIRST);
        List<List<Object>> rows = Packed.read(searcher, top.scoreDocs, offset, ROW);
        return new Table(COLUMNS, rows);
    }

    /**
     * Events and reports per period ({@code day}, {@code week} from Monday, {@code month} or {@code year}, named by
     * its first day) and type among the dated events matching {@code q}, ordered by period and type.
     */
    static Table timeline(IndexSearcher searcher, Query q, String unit) throws IOException {
        Map<String, long[]> counts = count(searcher, q, () -> new PeriodCounter(unit));
        List<List<Object>> rows = new ArrayList<>();
        new TreeMap<>(counts).forEach((key, v) -> {
            int tab = key.indexOf('\t');
            rows.add(List.of(key.substring(0, tab), key.substring(tab + 1), v[0], v[1]));
        });
        return new Table(List.of("period", "type", "events", "reports"), rows);
    }

    /**
     * Who acts on whom among the events matching {@code q}: for each pair of a source and a different target
     * actor, how many events and how many of them of the {@code conflict} types.
     */
    static Map<List<String>, long[]> pairs(IndexSearcher searcher, Query q, Set<String> conflict) throws IOException {
        return count(searcher, q, () -> new PairCounter(conflict));
    }

    /** Two sums per key (of events, and of reports or conflicts) over the documents matching {@code q}. */
    private static <K> Map<K, long[]> count(IndexSearcher searcher, Query q, Supplier<Counter<K>> counter)
            throws IOException {
        return searcher.search(q, new CollectorManager<Counter<K>, Map<K, long[]>>() {
            @Override
            public Counter<K> newCollector() {
                return counter.get();
            }

            @Override
            public Map<K, long[]> reduce(Collection<Counter<K>> collectors) {
                Map<K, long[]> all = new HashMap<>();
                for (Counter<K> c : collectors) {
                    c.counts.forEach((k, v) -> {
                        long[] sum = all.computeIfAbsent(k, x -> new long[2]);
                        sum[0] += v[0];
                        sum[1] += v[1];
                    });
                }
                return all;
            }
        });
    }

    /** Adds to two sums per key, by doc values, without scores. */
    private abstract static class Counter<K> extends SimpleCollector {
        final Map<K, long[]> counts = new HashMap<>();

        void add(K key, long second) {
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            c[1] += second;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Counts events per source and target actor, by doc values. */
    private static final class PairCounter extends Counter<List<String>> {
        private final Set<String> conflict;
        private SortedSetDocValues sources;
        private SortedSetDocValues targets;
        private SortedDocValues types;

        PairCounter(Set<String> conflict) {
            this.conflict = conflict;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            sources = DocValues.getSortedSet(context.reader(), SOURCE);
            targets = DocValues.getSortedSet(context.reader(), TARGET);
            types = DocValues.getSorted(context.reader(), TYPE);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!sources.advanceExact(doc) || !targets.advanceExact(doc) || !types.advanceExact(doc)) {
                return;
            }
            boolean hostile = conflict.contains(types.lookupOrd(types.ordValue()).utf8ToString());
            List<String> from = values(sources);
            List<String> to = values(targets);
            for (String s : from) {
                for (String t : to) {
                    if (!s.equals(t)) {
                        add(List.of(s, t), hostile ? 1 : 0);
                    }
                }
            }
        }

        private static List<String> values(SortedSetDocValues dv) throws IOException {
            List<String> values = new ArrayList<>(dv.docValueCount());
            for (int i = 0; i < dv.docValueCount(); i++) {
                values.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
            }
            return values;
        }
    }

    /** The first day of the period {@code day} is in. */
    static LocalDate periodStart(LocalDate day, String unit) {
        return switch (unit) {
            case "day" -> day;
            case "week" -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case "month" -> day.withDayOfMonth(1);
            case "year" -> day.with(TemporalAdjusters.firstDayOfYear());
            default -> throw new IllegalArgumentException("no period " + unit);
        };
    }

    /** Counts events and sums reports per period and type, by doc values. */
    private static final class PeriodCounter extends Counter<String> {
        private final String unit;
        private final Map<Integer, String> periods = new HashMap<>();
        private NumericDocValues days;
        private NumericDocValues reports;
        private SortedDocValues types;

        PeriodCounter(String unit) {
            this.unit = unit;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            days = DocValues.getNumeric(context.reader(), SearchIndex.DAY);
            reports = DocValues.getNumeric(context.reader(), REPORTS);
            types = DocValues.getSorted(context.reader(), TYPE);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!days.advanceExact(doc) || (int) days.longValue() == SearchIndex.NO_DAY || !types.advanceExact(doc)) {
                return;
            }
            int day = (int) days.longValue();
            String period = periods.computeIfAbsent(day, d -> periodStart(LocalDate.ofEpochDay(d), unit).toString());
            add(period + "\t" + types.lookupOrd(types.ordValue()).utf8ToString(),
                    reports.advanceExact(doc) ? reports.longValue() : 0);
        }
    }
}
