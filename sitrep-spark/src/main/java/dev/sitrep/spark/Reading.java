package dev.sitrep.spark;

import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.ingest.StreamReader;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.store.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The first stage, on the executors: each {@link ReadUnit} read through Hadoop's FileSystem into one row per
 * article read ({@code reason} null) or per bad record ({@code reason} set), in the order of the input.
 */
final class Reading {

    /** A read article or a bad record; {@code file_no, split_start, n} order them as the input does. */
    static final StructType SCHEMA = new StructType()
            .add("file_no", DataTypes.IntegerType, false)
            .add("split_start", DataTypes.LongType, false)
            .add("n", DataTypes.LongType, false)
            .add("path", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("reason", DataTypes.StringType);

    private Reading() {
    }

    /** The rows of one task's units, streamed: only a few articles are held at a time. */
    static Iterator<Row> read(Iterator<ReadUnit> units, HadoopConf conf, IngestLimits limits) {
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && units.hasNext()) {
                    ReadUnit unit = units.next();
                    Pushed<Row> rows = new Pushed<>("sitrep-read", out -> read(unit, conf, limits, out));
                    TaskContext task = TaskContext.get();
                    if (task != null) {
                        task.addTaskCompletionListener((TaskCompletionListener) ctx -> rows.close());
                    }
                    current = rows;
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                hasNext();
                return current.next();
            }
        };
    }

    private static void read(ReadUnit unit, HadoopConf conf, IngestLimits limits, Consumer<Row> out) {
        long[] n = {0};
        Consumer<InputProblem> problems = p -> out.accept(RowFactory.create(unit.fileNo(), unit.start(), n[0]++,
                unit.path(), p.origin(), null, null, null, null, null, null, null, p.reason()));
        Consumer<SourceDocument> docs = d -> out.accept(RowFactory.create(unit.fileNo(), unit.start(), n[0]++,
                unit.path(), d.origin(), Keys.articleId(d.text()), d.id(), d.url(), d.title(), d.author(),
                d.published(), d.text(), null));
        StreamReader reader = new StreamReader(limits, problems);
        Path path = new Path(unit.path());
        try {
            FileSystem fs = path.getFileSystem(conf.get());
            try (FSDataInputStream in = fs.open(path)) {
                if (unit.split()) {
                    in.seek(StreamReader.splitOpensAt(unit.start()));
                    reader.readJsonLines(in, unit.name(), unit.path(), unit.start(), unit.end(), unit.linesBefore(),
                            docs);
                } else {
                    reader.read(in, unit.name(), unit.path(), unit.size(), docs);
                }
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(unit.path(), "cannot read: " + e.getMessage()));
        }
    }

    /**
     * How many newlines a split of a JSON-lines file holds between the byte it opens at and the byte the next
     * split opens at: summed over the splits before it, the {@link ReadUnit#linesBefore} of a split.
     */
    static long newlines(ReadUnit unit, HadoopConf conf) throws IOException {
        Path path = new Path(unit.path());
        long from = StreamReader.splitOpensAt(unit.start());
        long to = StreamReader.splitOpensAt(unit.end());
        try (FSDataInputStream in = path.getFileSystem(conf.get()).open(path)) {
            in.seek(from);
            return StreamReader.countNewlines((InputStream) in, to - from);
        }
    }
}
