package dev.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a bundled word list: UTF-8, tab-separated, a fixed number of columns, '#' comments. The first column is
 * the entry; an entry listed twice, a wrong number of columns or a value outside the allowed ones fails at
 * start-up, naming the file and line.
 */
final class WordList {

    private WordList() {
    }

    /**
     * The rows of a list, in order.
     *
     * @param resource the list, next to this class
     * @param columns  how many columns every row has
     */
    static List<String[]> read(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                if (!seen.add(cols[0])) {
                    throw new IllegalStateException(resource + ":" + n + ": '" + cols[0] + "' is listed twice");
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** Fails naming the list and entry when {@code value} is not one of {@code allowed}. */
    static void check(String resource, String entry, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalStateException(resource + ": '" + entry + "': '" + value + "' is not one of " + allowed);
        }
    }
}
