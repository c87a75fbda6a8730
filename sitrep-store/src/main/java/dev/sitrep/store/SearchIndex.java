package dev.sitrep.store;

import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of the store: {@link #text} holds articles and quotes for full-text search, {@link #events} the
 * event records ({@link EventDocs}) for listings, timelines and the network. DuckDB holds the truth; an index
 * follows it: each commit records the sequence number of the last article it holds, and on opening the store
 * indexes whatever came after. Written by one thread, searched by many.
 */
final class SearchIndex implements Closeable {

    static final String KIND = "kind";
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DAY = "day";
    /** The day of an undated document. */
    static final int NO_DAY = Integer.MIN_VALUE;
    private static final String SEQ = "seq";
    /** A search hit's listing: article id, quote number (or null), published, site, title, url ({@link Packed}). */
    static final String LISTING = "listing";
    /**
     * Commit data naming the layout of the documents. An index of another layout (or none: a text index written
     * before listings were packed in doc values) is rebuilt from the tables when the store opens.
     */
    private static final String LAYOUT = "layout";

    private static final FieldType OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        OFFSETS.freeze();
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final String layout;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long pendingSeq = -1;
    private boolean rebuilding;
    private volatile long generation;

    private SearchIndex(Path dir, String layout, Sort indexSort) throws IOException {
        this.layout = layout;
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        if (indexSort != null) {
            config.setIndexSort(indexSort);
        }
        this.writer = new IndexWriter(FSDirectory.open(dir), config);
        if (!layout.equals(commitData().get(LAYOUT))) {
            writer.deleteAll();
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            rebuilding = true;
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /** The full-text index of articles and quotes in {@code dir}. */
    static SearchIndex text(Path dir) throws IOException {
        return new SearchIndex(dir, "2", null);
    }

    /**
     * The index of event records in {@code dir}, its segments kept in the order listings ask for, so a page of
     * the latest events stops reading once it is full.
     */
    static SearchIndex events(Path dir) throws IOException {
        return new SearchIndex(dir, "1", EventDocs.LATEST_FIRST);
    }

    /** Records that the index holds everything up to the article {@code seq}, with the next commit. */
    void advance(long seq) {
        pendingSeq = Math.max(pendingSeq, seq);
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            for (Map.Entry<String, String> e : live) {
                data.put(e.getKey(), e.getValue());
            }
        }
        return data;
    }

    /** The sequence number of the last article the last commit holds, or -1. */
    long committedSeq() {
        return Long.parseLong(commitData().getOrDefault(SEQ, "-1"));
    }

    /** Whether the index was of another layout and is empty, to be rebuilt from all the tables hold. */
    boolean rebuilding() {
        return rebuilding;
    }

    /** Records, with the next commit, that the index holds everything again. */
    void rebuilt() {
        rebuilding = false;
    }

    /** Adds or replaces the event document of {@code eventId}. Visible to searches after {@link #refresh}. */
    void putEvent(String eventId, Document event) throws IOException {
        writer.updateDocument(EventDocs.term(eventId), event);
    }

    /** Adds (or replaces) an article and its quotes. Visible to searches after {@link #refresh}. */
    void add(String articleId, long seq, String day, Article article) throws IOException {
        writer.deleteDocuments(new Term(ARTICLE, articleId));
        String url = article.source().url();
        String published = article.source().published();
        String title = article.source().title();
        Document a = new Document();
        a.add(new StringField(KIND, "article", Field.Store.NO));
        a.add(new StringField(ID, articleId, Field.Store.NO));
        a.add(new StringField(ARTICLE, articleId, Field.Store.NO));
        a.add(new Field(TITLE, title == null ? "" : title, OFFSETS));
        a.add(new Field(TEXT, article.text(), OFFSETS));
        a.add(new BinaryDocValuesField(LISTING, Packed.pack(Arrays.asList(articleId, null, published,
                Rows.site(url), title, url))));
        addDay(a, day);
        writer.addDocument(a);
        int n = 0;
        for (Quote q : article.quotes()) {
            Document d = new Document();
            d.add(new StringField(KIND, "quote", Field.Store.NO));
            d.add(new StringField(ID, articleId + "#" + n, Field.Store.NO));
            d.add(new StringField(ARTICLE, articleId, Field.Store.NO));
            d.add(new Field(TEXT, q.text(), OFFSETS));
            d.add(new BinaryDocValuesField(LISTING, Packed.pack(Arrays.asList(articleId, (long) n, published,
                    Rows.site(url), title, url))));
            addDay(d, day);
            writer.addDocument(d);
            n++;
        }
        pendingSeq = Math.max(pendingSeq, seq);
    }

    static void addDay(Document d, String day) {
        int days = day == null ? NO_DAY : (int) java.time.LocalDate.parse(day).toEpochDay();
        d.add(new IntPoint(DAY, days));
        d.add(new NumericDocValuesField(DAY, days));
    }

    /** Makes everything added durable, recording the last article's sequence number. */
    void commit() throws IOException {
        Map<String, String> data = commitData();
        if (pendingSeq >= 0) {
            data.put(SEQ, Long.toString(pendingSeq));
        }
        if (!rebuilding) {
            data.put(LAYOUT, layout);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        refresh();
    }

    /** Makes what was added visible to searches; the tables have it already. */
    void refresh() throws IOException {
        searchers.maybeRefresh();
        generation++;
    }

    /** How many times searches were refreshed: a change means the store changed. */
    long generation() {
        return generation;
    }

    /**
     * One hit: the document's kind, its article, the quote's number in it (or -1), score, a highlighted snippet,
     * and what a listing shows of the article.
     */
    record Hit(String kind, String articleId, int quoteNo, float score, String snippet, String published,
               String site, String title, String url) {
    }

    /**
     * Ranked hits for a query in Lucene's classic syntax (words, "phrases", AND/OR/NOT, title:word) over titles
     * (counted twice) and text, of articles or quotes ({@code kind}), optionally within a day range (epoch days,
     * inclusive).
     *
     * @throws IllegalArgumentException when the query cannot be parsed, saying why
     */
    List<Hit> search(String text, String kind, int fromDay, int toDay, Collection<String> among, int limit)
            throws IOException {
        Query query = query(text, kind, fromDay, toDay, among);
        return read(searcher -> {
            TopDocs top = searcher.search(query, limit);
            // term by term, not through the query's matches: several times cheaper, and as good for words
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withWeightMatches(false)
                    .build();
            String[] snippets = highlighter.highlight(TEXT, query, top, 1);
            List<List<Object>> listings = Packed.read(searcher, top.scoreDocs, 0, LISTING);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                List<Object> l = listings.get(i);
                hits.add(new Hit(kind, (String) l.get(0), l.get(1) == null ? -1 : ((Long) l.get(1)).intValue(),
                        top.scoreDocs[i].score, snippets[i] == null ? "" : snippets[i], (String) l.get(2),
                        (String) l.get(3), (String) l.get(4), (String) l.get(5)));
            }
            return hits;
        });
    }

    /** The ids of the articles matching, best first, without snippets (cheap, for narrowing and facets). */
    List<String> articleIds(String text, int fromDay, int toDay, int limit) throws IOException {
        Query query = query(text, "article", fromDay, toDay, null);
        return read(searcher -> {
            List<String> ids = new ArrayList<>();
            for (List<Object> listing : Packed.read(searcher, searcher.search(query, limit).scoreDocs, 0, LISTING)) {
                ids.add((String) listing.get(0));
            }
            return ids;
        });
    }

    /** The query: {@code text} parsed, of {@code kind}, in the day range, among some articles (null: all). */
    private Query query(String text, String kind, int fromDay, int toDay, Collection<String> among) {
        Query parsed;
        try {
            QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer,
                    Map.of(TITLE, 2f, TEXT, 1f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parsed = parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query '" + text + "': " + firstLine(e.getMessage()),
                    e);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER);
        if (fromDay != Integer.MIN_VALUE || toDay != Integer.MAX_VALUE) {
            b.add(IntPoint.newRangeQuery(DAY, fromDay, toDay), BooleanClause.Occur.FILTER);
        }
        if (among != null) {
            b.add(new TermInSetQuery(ARTICLE, among.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Something read from a searcher. */
    @FunctionalInterface
    interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    /** {@code read} done with a current searcher. */
    <T> T read(Read<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.from(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of article documents. */
    int articles() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(KIND, "article")));
        } finally {
            searchers.release(searcher);
        }
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            searchers.close();
            writer.close();
        }
    }
}
