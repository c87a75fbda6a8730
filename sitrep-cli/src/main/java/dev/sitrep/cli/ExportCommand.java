package dev.sitrep.cli;

import dev.sitrep.store.Queries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the store's tables as files for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store out as Parquet, CSV or JSON Lines files, for other tools.",
                "parquet or csv: one file per table (articles, story_keys, sources, actors, entities, mentions, quotes, "
                        + "events, event_reports, commitments); jsonl: one file articles.jsonl with every "
                        + "article as `sitrep extract` writes it. Files of the same name in DIR are replaced. "
                        + "Prints the files written."},
        footer = {"", "Examples:",
                "  sitrep export --out export/",
                "  sitrep export --format csv --out /tmp/sitrep-csv",
                "  sitrep export --format jsonl --out backup/",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class ExportCommand extends StoreCommand {

    /** What the export writes. */
    enum Format {
        PARQUET, CSV, JSONL
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "parquet (the default), csv or jsonl.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "The directory to write into (created when missing).")
    Path out;

    @Override
    void validate() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out " + out + " is a file, not a directory");
        }
    }

    @Override
    int run(Queries queries, PrintWriter stdout, PrintWriter err) {
        List<Path> files = queries.export(format.name().toLowerCase(Locale.ROOT), out);
        long bytes = 0;
        for (Path p : files) {
            stdout.println(p);
            try {
                bytes += Files.size(p);
            } catch (IOException e) {
                err.println("sitrep: cannot read the size of " + p + ": " + e.getMessage());
            }
        }
        stdout.flush();
        err.printf("sitrep: wrote %d file%s, %,d bytes, to %s%n", files.size(), files.size() == 1 ? "" : "s", bytes,
                out);
        return ExitCodes.OK;
    }
}
