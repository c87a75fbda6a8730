package dev.sitrep.spark;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.BatchRunner;
import dev.sitrep.store.Keys;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import dev.sitrep.kb.KbText;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The analysis stage, on the executors: each article read (a row of {@link Reading#SCHEMA}) analysed by the
 * executor's one {@link Analyzers shared analyzer}, on a worker thread of the task's own with the per-article time
 * limit ({@link BatchRunner}); an article that cannot be analysed becomes a row with its reason.
 */
final class Analysis {

    /** An analysed article, as its JSON and band keys, or one that failed ({@code reason} set). */
    static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("published", DataTypes.StringType)
            .add("story_keys", DataTypes.createArrayType(DataTypes.LongType, false))
            .add("json", DataTypes.StringType)
            .add("path", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType);

    /** What the tasks measured, summed on the driver. */
    record Meters(LongAccumulator loads, LongAccumulator loadNanos, LongAccumulator analysed,
            LongAccumulator analysisNanos) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private Analysis() {
    }

    /**
     * Analyses a task's articles; {@code kb} holds the knowledge-base files the driver read (an empty list for the
     * built-in knowledge base alone).
     */
    static Iterator<Row> analyse(Iterator<Row> docs, JobSettings settings, Broadcast<List<KbText>> kb,
                                 Meters meters) {
        return new Results(docs, settings, kb, meters);
    }

    /** The results of one task, in the order of its articles, with at most a few articles in flight. */
    private static final class Results implements Iterator<Row> {

        private final Iterator<Row> docs;
        private final JobSettings settings;
        private final Broadcast<List<KbText>> kb;
        private final Meters meters;
        private final Deque<Row> submitted = new ArrayDeque<>();
        private final Deque<Row> ready = new ArrayDeque<>();
        private BatchRunner runner;
        private long started;
        private boolean finished;

        Results(Iterator<Row> docs, JobSettings settings, Broadcast<List<KbText>> kb, Meters meters) {
            this.docs = docs;
            this.settings = settings;
            this.kb = kb;
            this.meters = meters;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !finished) {
                if (docs.hasNext()) {
                    submit(docs.next());
                } else {
                    finish();
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void submit(Row doc) {
            if (runner == null) {
                Analyzers.Got got = Analyzers.get(settings.nlp(), settings.limits(), kb.value());
                if (got.loadNanos() > 0) {
                    meters.loads().add(1);
                    meters.loadNanos().add(got.loadNanos());
                }
                runner = new BatchRunner(got.analyzer(), 1, this::analysed, this::failed);
                TaskContext task = TaskContext.get();
                if (task != null) {
                    BatchRunner r = runner;
                    task.addTaskCompletionListener((TaskCompletionListener) ctx -> r.close());
                }
                started = System.nanoTime();
            }
            submitted.add(doc);
            runner.submit(new SourceDocument(doc.getAs("id"), doc.getAs("url"), doc.getAs("title"),
                    doc.getAs("author"), doc.getAs("published"), doc.getAs("text"), doc.getAs("origin")));
        }

        private void finish() {
            finished = true;
            if (runner != null) {
                runner.close();
                meters.analysisNanos().add(System.nanoTime() - started);
            }
        }

        private void analysed(Article a) {
            Row doc = submitted.poll();
            meters.analysed().add(1);
            List<Long> keys = new ArrayList<>();
            for (long k : Keys.storyKeys(a.text())) {
                keys.add(k);
            }
            ready.add(RowFactory.create(doc.getAs("article_id"), a.source().published(),
                    CollectionConverters.asScala(keys).toSeq(), ArticleJson.toString(ArticleJson.toJson(a)),
                    doc.getAs("path"), doc.getAs("origin"), null));
        }

        private void failed(InputProblem p) {
            Row doc = submitted.poll();
            ready.add(RowFactory.create(doc.getAs("article_id"), doc.getAs("published"), null, null,
                    doc.getAs("path"), p.origin(), p.reason()));
        }
    }
}
