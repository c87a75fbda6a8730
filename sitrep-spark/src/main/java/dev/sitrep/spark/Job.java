package dev.sitrep.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.kb.KbLoader;
import dev.sitrep.kb.KbProblem;
import dev.sitrep.kb.KbText;
import dev.sitrep.store.Rows;
import dev.sitrep.store.Schema;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The job's stages, run from the driver:
 *
 * <ol>
 *   <li><b>read</b>: the input files listed on the driver ({@link InputFiles}), read by the executors one file or
 *       JSON-lines split a task ({@link Reading}); staged as Parquet;</li>
 *   <li><b>deduplicate</b>: ids made unique as one reader makes them ({@code #2}, {@code #3} in input order), then
 *       one article a text ({@code Keys.articleId}), the first in input order: copies are dropped before
 *       analysis;</li>
 *   <li><b>analyse</b>: one analyzer per executor JVM ({@link Analysis}); staged as Parquet;</li>
 *   <li><b>place</b>: {@code seq} by (published, article_id), nulls last, and stories ({@link Stories});</li>
 *   <li><b>write</b>: each article's rows ({@code Rows}) of the per-article tables, and the actors, events and
 *       sources merged from every article's contribution by key (counts summed, first and last dates, the other
 *       fields from the article with the lowest seq); and the bad records as {@code rejects}.</li>
 * </ol>
 *
 * <p>Every stage is deterministic, and every table is written with Spark's commit protocol into a directory the
 * run replaces, so a retried task or stage leaves no duplicates.
 */
public final class Job {

    /** The input files gave nothing to read: a configuration error, not a bad record. */
    public static final class NothingToRead extends Exception {
        private static final long serialVersionUID = 1L;

        NothingToRead(String message) {
            super(message);
        }
    }

    /**
     * What a run did.
     *
     * @param files            input files read
     * @param read             articles read
     * @param duplicates       articles dropped before analysis: their text was read before
     * @param articles         articles analysed and written
     * @param rejected         bad records: unreadable inputs and records, and articles that failed analysis
     * @param modelLoads       how many executors loaded the models
     * @param modelLoadSeconds time spent loading them, summed over executors
     * @param analysisSeconds  time the analysis tasks ran, summed over tasks (their share of the cores)
     * @param analysisStage    the analysis stage's wall time, model loading included
     * @param seconds          the run's wall time
     */
    public record Report(long files, long read, long duplicates, long articles, long rejected, long modelLoads,
            double modelLoadSeconds, double analysisSeconds, double analysisStage, double seconds) {

        @Override
        public String toString() {
            return String.format("read %d articles from %d files, dropped %d duplicates, wrote %d articles, "
                    + "rejected %d bad records; models loaded %d times (%.1f s); analysis stage %.1f s "
                    + "(%.1f task-s, %.2f articles/s); %.1f s in all (%.2f articles/s)", read, files, duplicates,
                    articles, rejected, modelLoads, modelLoadSeconds, analysisStage, analysisSeconds,
                    articles / Math.max(analysisStage, 1e-9), seconds, articles / Math.max(seconds, 1e-9));
        }
    }

    /** The articles analysed, each with its place: the input of the write stage. */
    private static final StructType SEQ = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("seq", DataTypes.LongType, false);

    private final SparkSession spark;
    private final JobSettings settings;
    private final JavaSparkContext jsc;
    private final String staging;

    private Job(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.staging = settings.output() + "/_staging";
    }

    /** Runs the job on {@code spark}; bad records are written to {@code rejects}, never thrown. */
    public static Report run(SparkSession spark, JobSettings settings) throws IOException, NothingToRead {
        return new Job(spark, settings).run();
    }

    /**
     * The knowledge-base files of {@code paths} (files, or directories whose {@code *.tsv} files are read), read on
     * the driver so that every executor gets the same; a problem in them is reported on stderr with its file and
     * line, and the line is skipped, as {@code sitrep --kb} does.
     *
     * @throws IOException when a path cannot be listed or read
     */
    static List<KbText> knowledgeBase(Configuration conf, List<String> paths) throws IOException {
        List<KbText> texts = new ArrayList<>();
        for (String p : paths) {
            Path path = new Path(p);
            FileSystem fs = path.getFileSystem(conf);
            List<Path> files = new ArrayList<>();
            if (fs.getFileStatus(path).isDirectory()) {
                for (FileStatus f : fs.listStatus(path)) {
                    if (f.isFile() && f.getPath().getName().endsWith(".tsv")) {
                        files.add(f.getPath());
                    }
                }
                files.sort(java.util.Comparator.comparing(Path::getName));
            } else {
                files.add(path);
            }
            for (Path f : files) {
                try (java.io.InputStream in = fs.open(f)) {
                    texts.add(new KbText(f.toString(), f.getName(),
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
        if (!texts.isEmpty()) {
            for (KbProblem problem : KbLoader.withTexts(texts).problems()) {
                System.err.println("sitrep-spark: knowledge base: " + problem);
            }
        }
        return List.copyOf(texts);
    }

    private Report run() throws IOException, NothingToRead {
        long start = System.nanoTime();
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        Configuration conf = jsc.hadoopConfiguration();
        HadoopConf hadoop = new HadoopConf(conf);
        JobSettings s = settings;

        InputFiles.Listing listing = InputFiles.list(conf, s.inputs());
        if (listing.files().isEmpty()) {
            throw new NothingToRead("nothing to read in " + s.inputs() + ": " + listing.missing().stream()
                    .map(m -> m.input() + ": " + m.reason()).toList());
        }
        List<ReadUnit> units = countLines(InputFiles.units(listing.files(), s.splitBytes()), hadoop);
        JavaRDD<Row> readRows = jsc.parallelize(units, units.size())
                .mapPartitions(it -> Reading.read(it, hadoop, s.ingestLimits()));
        Dataset<Row> read = stage("read", spark.createDataFrame(readRows, Reading.SCHEMA));

        Dataset<Row> docs = read.filter(col("reason").isNull());
        long readCount = docs.count();
        int partitions = s.partitions() > 0 ? s.partitions()
                : (int) Math.max(4L * jsc.defaultParallelism(), (readCount + 1999) / 2000);
        String[] order = {"file_no", "split_start", "n"};
        Dataset<Row> unique = docs
                .withColumn("id_no", row_number().over(Window.partitionBy("id").orderBy(cols(order))))
                .withColumn("id", when(col("id_no").gt(1), concat(col("id"), lit("#"), col("id_no").cast("string")))
                        .otherwise(col("id")))
                .repartition(partitions, col("article_id"))
                .withColumn("copy_no", row_number().over(Window.partitionBy("article_id").orderBy(cols(order))))
                .filter(col("copy_no").equalTo(1))
                .select(cols(Reading.SCHEMA.fieldNames()));

        Analysis.Meters meters = new Analysis.Meters(spark.sparkContext().longAccumulator("model loads"),
                spark.sparkContext().longAccumulator("model load ns"),
                spark.sparkContext().longAccumulator("articles analysed"),
                spark.sparkContext().longAccumulator("analysis ns"));
        Broadcast<List<KbText>> kb = jsc.broadcast(knowledgeBase(conf, s.kb()));
        JavaRDD<Row> analysedRows = unique.javaRDD().mapPartitions(it -> Analysis.analyse(it, s, kb, meters));
        long analysisStart = System.nanoTime();
        Dataset<Row> analysed = stage("analysed", spark.createDataFrame(analysedRows, Analysis.SCHEMA));
        double analysisStage = (System.nanoTime() - analysisStart) / 1e9;

        Dataset<Row> ok = analysed.filter(col("reason").isNull());
        // the joins of place() leave spark.sql.shuffle.partitions partitions: back to as many as the analysis had
        Dataset<Row> placed = place(ok).coalesce(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        long articles = placed.count();
        LocalDateTime ingestedAt = LocalDateTime.now();
        for (String table : Rows.ARTICLE_TABLES) {
            write(table, spark.createDataFrame(placed.javaRDD().flatMap(r -> rows(r, ingestedAt).get(table).stream()
                    .map(v -> Tables.row(v)).iterator()), Tables.schema(table)));
        }
        for (String table : Rows.MERGED_TABLES) {
            StructType contributions = Tables.schema(table).add("contribution_seq", DataTypes.LongType, false);
            write(table, merge(table, spark.createDataFrame(placed.javaRDD().flatMap(r -> rows(r, ingestedAt)
                    .get(table).stream().map(v -> Tables.row(v, r.getLong(1))).iterator()), contributions)));
        }
        placed.unpersist();

        Dataset<Row> rejects = rejects(read.filter(col("reason").isNotNull()), "read")
                .union(rejects(analysed.filter(col("reason").isNotNull()), "analyse"))
                .union(rejects(spark.createDataFrame(listing.missing().stream().map(m -> RowFactory.create(m.input(),
                        m.input(), m.reason())).toList(), new StructType().add("path", DataTypes.StringType)
                        .add("origin", DataTypes.StringType).add("reason", DataTypes.StringType)), "read"));
        write("rejects", rejects.coalesce(Math.max(1, Math.min(partitions, 16))));
        long rejected = spark.read().parquet(settings.output() + "/rejects").count();
        long analysisRejects = analysed.filter(col("reason").isNotNull()).count();
        new Path(staging).getFileSystem(conf).delete(new Path(staging), true);
        return new Report(listing.files().size(), readCount, readCount - articles - analysisRejects, articles,
                rejected, meters.loads().value(), meters.loadNanos().value() / 1e9,
                meters.analysisNanos().value() / 1e9, analysisStage, (System.nanoTime() - start) / 1e9);
    }

    /** The splits of large JSON-lines files with the newlines before each, counted by the executors. */
    private List<ReadUnit> countLines(List<ReadUnit> units, HadoopConf hadoop) {
        List<ReadUnit> splits = units.stream().filter(ReadUnit::split).toList();
        if (splits.isEmpty()) {
            return units;
        }
        List<Long> counts = jsc.parallelize(splits, splits.size()).map(u -> Reading.newlines(u, hadoop)).collect();
        Map<ReadUnit, Long> before = new HashMap<>();
        long sum = 0;
        for (int i = 0; i < splits.size(); i++) {
            if (i > 0 && splits.get(i).fileNo() != splits.get(i - 1).fileNo()) {
                sum = 0;
            }
            before.put(splits.get(i), sum);
            sum += counts.get(i);
        }
        List<ReadUnit> counted = new ArrayList<>();
        for (ReadUnit u : units) {
            counted.add(u.split() ? u.withLinesBefore(before.get(u)) : u);
        }
        return counted;
    }

    /** Writes a stage's output under the staging directory and reads it back, so later stages start from it. */
    private Dataset<Row> stage(String name, Dataset<Row> data) {
        data.write().mode(SaveMode.Overwrite).parquet(staging + "/" + name);
        return spark.read().parquet(staging + "/" + name);
    }

    /** {@code article_id, seq, story_id, story_keys, json} of every analysed article. */
    private Dataset<Row> place(Dataset<Row> ok) {
        JavaRDD<Row> ordered = ok.select("article_id", "published")
                .orderBy(col("published").asc_nulls_last(), col("article_id").asc()).javaRDD();
        Dataset<Row> seq = spark.createDataFrame(ordered.zipWithIndex().map(t -> RowFactory.create(t._1().getString(0),
                t._2() + 1)), SEQ);
        Dataset<Row> withSeq = ok.join(seq, "article_id");
        Dataset<Row> stories = Stories.assign(withSeq.select("article_id", "seq", "story_keys"));
        return withSeq.join(stories, "article_id").select("article_id", "seq", "story_id", "story_keys", "json");
    }

    private static Rows rows(Row placed, LocalDateTime ingestedAt) {
        List<Long> keys = placed.getList(3);
        long[] k = new long[keys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i);
        }
        return Rows.of(placed.getString(0), placed.getLong(1), placed.getString(2), k,
                ArticleJson.fromJson(placed.getString(4)), ingestedAt);
    }

    /** The columns summed, taken least and greatest when contributions merge; the rest come from the first. */
    private static final Set<String> SUMMED = Set.of("mentions", "articles", "reports");
    private static final Set<String> LEAST = Set.of("first_reported", "first_published");
    private static final Set<String> GREATEST = Set.of("last_reported", "last_published");
    /** List columns merged as the sorted distinct union of every contribution: an event's sites. */
    private static final Set<String> UNIONED = Set.of("sites");

    /** One row per key (the table's first column) from the contributions of every article. */
    private static Dataset<Row> merge(String table, Dataset<Row> contributions) {
        List<Schema.Column> columns = Schema.columns(table);
        String key = columns.get(0).name();
        List<Column> aggregates = new ArrayList<>();
        List<Column> first = new ArrayList<>();
        for (Schema.Column c : columns.subList(1, columns.size())) {
            String n = c.name();
            if (SUMMED.contains(n)) {
                aggregates.add(sum(n).cast(DataTypes.LongType).as(n));
            } else if (LEAST.contains(n)) {
                aggregates.add(min(n).as(n));
            } else if (GREATEST.contains(n)) {
                aggregates.add(max(n).as(n));
            } else if (UNIONED.contains(n)) {
                aggregates.add(array_sort(array_distinct(flatten(collect_list(col(n))))).as(n));
            } else {
                first.add(col(n));
            }
        }
        if (!first.isEmpty()) {
            aggregates.add(min_by(struct(first.toArray(Column[]::new)), col("contribution_seq")).as("first"));
        }
        Dataset<Row> merged = contributions.groupBy(key)
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
        List<Column> select = new ArrayList<>();
        select.add(col(key));
        for (Schema.Column c : columns.subList(1, columns.size())) {
            String n = c.name();
            boolean own = SUMMED.contains(n) || LEAST.contains(n) || GREATEST.contains(n) || UNIONED.contains(n);
            select.add(own ? col(n) : col("first." + n).as(n));
        }
        return merged.select(select.toArray(Column[]::new));
    }

    /** The bad records among {@code rows} ({@code path, origin, reason}), with line or byte offset when known. */
    private static Dataset<Row> rejects(Dataset<Row> rows, String stage) {
        Column line = regexp_extract(col("origin"), ":(\\d+)( \\(article .*\\))?$", 1);
        Column offset = regexp_extract(col("origin"), " at byte (\\d+)", 1);
        return rows.select(col("path"), col("origin"),
                when(line.equalTo(""), lit(null)).otherwise(line).cast(DataTypes.LongType).as("line"),
                when(offset.equalTo(""), lit(null)).otherwise(offset).cast(DataTypes.LongType).as("byte_offset"),
                col("reason"), lit(stage).as("stage"));
    }

    private void write(String table, Dataset<Row> data) {
        Dataset<Row> out = Tables.BY_DAY.contains(table) ? data.repartition(col("day")) : data;
        DataFrameWriter<Row> writer = out.write().mode(SaveMode.Overwrite);
        if (Tables.BY_DAY.contains(table)) {
            writer = writer.partitionBy("day");
        }
        writer.parquet(settings.output() + "/" + table);
    }

    private static Column[] cols(String... names) {
        Column[] c = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = col(names[i]);
        }
        return c;
    }
}
