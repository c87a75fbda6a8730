package dev.sitrep.spark;

import dev.sitrep.ingest.StreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files the job reads, listed on the driver through Hadoop's FileSystem, in the order {@code ArticleReader}
 * reads them: arguments in order (a glob's matches sorted), directories walked recursively name by name, keeping
 * the article files ({@code .txt .text .jsonl .ndjson .html .htm .warc .warc.gz}) and skipping hidden ones; then
 * cut into {@link ReadUnit}s.
 */
final class InputFiles {

    /** An input that gives nothing to read, with why. */
    record Missing(String input, String reason) {
    }

    /** The files found, and the inputs that gave none. */
    record Listing(List<FileStatus> files, List<Missing> missing) {
    }

    private InputFiles() {
    }

    static Listing list(Configuration conf, List<String> inputs) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                missing.add(new Missing(input, "no such file or directory"));
                continue;
            }
            Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    List<FileStatus> found = walk(fs, match.getPath());
                    if (found.isEmpty()) {
                        missing.add(new Missing(match.getPath().toString(), "no article files in it (.txt, .text, "
                                + ".jsonl, .ndjson, .html, .htm, .warc, .warc.gz)"));
                    }
                    files.addAll(found);
                } else {
                    files.add(match);
                }
            }
        }
        return new Listing(files, missing);
    }

    private static List<FileStatus> walk(FileSystem fs, Path dir) throws IOException {
        int depth = dir.depth();
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (s.isFile() && !hidden(s.getPath(), depth) && StreamReader.isArticleFile(s.getPath().getName())) {
                found.add(s);
            }
        }
        found.sort(InputFiles::byNames);
        return found;
    }

    /** Whether a name below the walked directory starts with a dot. */
    private static boolean hidden(Path p, int rootDepth) {
        for (Path at = p; at != null && at.depth() > rootDepth; at = at.getParent()) {
            if (at.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Compares paths name by name, so a directory's files and subdirectories sort together by their own names. */
    private static int byNames(FileStatus a, FileStatus b) {
        String[] x = a.getPath().toUri().getPath().split("/");
        String[] y = b.getPath().toUri().getPath().split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The read units of the files: one a file, but JSON-lines files over {@code splitBytes} in splits. */
    static List<ReadUnit> units(List<FileStatus> files, long splitBytes) {
        List<ReadUnit> units = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileStatus f = files.get(i);
            String name = f.getPath().getName();
            long size = f.getLen();
            boolean jsonLines = StreamReader.format(name).orElse(null) == StreamReader.Format.JSON_LINES;
            if (jsonLines && size > splitBytes) {
                for (long start = 0; start < size; start += splitBytes) {
                    units.add(new ReadUnit(i, f.getPath().toString(), name, size, start,
                            Math.min(size, start + splitBytes), 0, true));
                }
            } else {
                units.add(new ReadUnit(i, f.getPath().toString(), name, size, 0, size, 0, false));
            }
        }
        return units;
    }
}
