package dev.sitrep.cli;

import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep import}: load the Parquet output of the Spark job into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load the Parquet tables the Spark job wrote (sitrep-spark --out DIR) into the store in the "
                + "data directory (created when missing), merged with what it holds, in one transaction.",
                "Articles stored already are skipped; the new ones are numbered after the store's in (published, "
                        + "article_id) order, join the stories of stored articles they are near-copies of, and add "
                        + "to the actor, event and source counts, as `sitrep ingest` would. The full-text index then "
                        + "catches up. DIR must be on the local disk: copy it from HDFS or S3 first."},
        footer = {"", "Examples:",
                "  sitrep import /data/spark-out",
                "  hdfs dfs -get /sitrep/2024-05 . && sitrep import --data /srv/news 2024-05",
                "", "Exit codes: 0 imported, 2 usage error (DIR is not a directory), 3 DIR is not the Spark job's "
                + "output, or the store could not be opened or written."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The Spark job's output directory.")
    Path dir;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), dir + " is not a directory");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(data.dir)) {
            Store.Imported result = store.importParquet(dir);
            err.printf("sitrep: imported %d articles from %s into %s (%d already there); the store holds %d "
                    + "articles%n", result.imported(), dir, data.dir, result.alreadyStored(), store.articles());
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FATAL;
        } finally {
            err.flush();
        }
    }
}
