package dev.sitrep.spark;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file, or a byte range of a large JSON-lines file.
 *
 * @param fileNo      the file's place in input order (arguments in order, directories walked name by name)
 * @param path        the file, as a Hadoop path
 * @param name        the file's name, which says how it is read
 * @param size        the file's size in bytes
 * @param start       the first byte of the split (0 for a whole file)
 * @param end         the byte after the split (the size for a whole file)
 * @param linesBefore newlines before the byte the split opens at (see {@code StreamReader.splitOpensAt})
 * @param split       whether this is one of several splits of a JSON-lines file
 */
record ReadUnit(int fileNo, String path, String name, long size, long start, long end, long linesBefore,
        boolean split) implements Serializable {

    private static final long serialVersionUID = 1L;

    ReadUnit withLinesBefore(long n) {
        return new ReadUnit(fileNo, path, name, size, start, end, n, split);
    }
}
