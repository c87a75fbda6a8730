package dev.sitrep.cli;

import picocli.CommandLine.Option;

/** {@code --format} and {@code --wide}: how the query commands print their answers. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people, the default), json (one array), jsonl (an object a line) or csv "
                    + "(with a header row). json, jsonl and csv have every column, in full.")
    OutputFormat format;

    @Option(names = {"-w", "--wide"},
            description = "In the table, show every column and do not cut long text short.")
    boolean wide;
}
