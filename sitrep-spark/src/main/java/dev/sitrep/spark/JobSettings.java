package dev.sitrep.spark;

import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Limits;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the job reads, writes and how. Validated on construction; shipped to the executors.
 *
 * @param inputs          files, directories or globs on any Hadoop file system ({@code hdfs://}, {@code s3a://},
 *                        {@code file:}, or a path of the default file system)
 * @param output          the directory the tables are written into, one directory each; replaced when present
 * @param partitions      how many tasks the analysis is split into; 0 for one per 2,000 articles, at least four per
 *                        core
 * @param splitBytes      JSON-lines files larger than this are read in splits of this size
 * @param maxArticleChars the longest article analysed
 * @param maxFileBytes    the largest plain-text or HTML file, or HTML page in a WARC record
 * @param timeout         the longest one article may take
 * @param kb              knowledge-base files or directories (Hadoop paths) read on top of the built-in one, which
 *                        the driver reads and sends to every executor (docs/kb.md); empty for the built-in one alone
 */
public record JobSettings(List<String> inputs, String output, int partitions, long splitBytes, int maxArticleChars,
        long maxFileBytes, Duration timeout, List<String> kb) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 64 MiB: HDFS's block size. */
    public static final long DEFAULT_SPLIT_BYTES = 64L << 20;

    public JobSettings {
        inputs = List.copyOf(inputs);
        kb = List.copyOf(kb);
        Objects.requireNonNull(output, "output");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative, got " + partitions);
        }
        if (splitBytes < 1024) {
            throw new IllegalArgumentException("the split size must be at least 1024 bytes, got " + splitBytes);
        }
        new IngestLimits(maxArticleChars, maxFileBytes);
        new Limits(maxArticleChars, timeout);
    }

    /** The defaults of everything but what is read and where it goes. */
    public static JobSettings of(List<String> inputs, String output) {
        return new JobSettings(inputs, output, 0, DEFAULT_SPLIT_BYTES, IngestLimits.DEFAULT_MAX_ARTICLE_CHARS,
                IngestLimits.DEFAULT_MAX_FILE_BYTES, Limits.defaults().timeout(), List.of());
    }

    public JobSettings withPartitions(int n) {
        return new JobSettings(inputs, output, n, splitBytes, maxArticleChars, maxFileBytes, timeout, kb);
    }

    public JobSettings withSplitBytes(long n) {
        return new JobSettings(inputs, output, partitions, n, maxArticleChars, maxFileBytes, timeout, kb);
    }

    /** These settings with knowledge-base files or directories read on top of the built-in knowledge base. */
    public JobSettings withKb(List<String> paths) {
        return new JobSettings(inputs, output, partitions, splitBytes, maxArticleChars, maxFileBytes, timeout, paths);
    }

    IngestLimits ingestLimits() {
        return new IngestLimits(maxArticleChars, maxFileBytes);
    }

    Limits limits() {
        return new Limits(maxArticleChars, timeout);
    }

    NlpSettings nlp() {
        return NlpSettings.defaults();
    }
}
