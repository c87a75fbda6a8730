package dev.sitrep.cli;

import dev.sitrep.store.Queries;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that reads an existing store: checks its options, then opens the data directory (never creating
 * one) and runs. A missing store, or one another process holds, is fatal (exit 3) with a message saying which.
 */
abstract class StoreCommand implements Callable<Integer> {

    /** The help footer lines every store command ends with. */
    static final String LOCKED = "The data directory is locked while a command uses it: queries cannot run while "
            + "an ingest runs on the same --data directory (they exit with 3 and say so).";
    static final String EXIT_CODES = "Exit codes: 0 ok, 2 usage error (bad option value), 3 no store in the data "
            + "directory, or it is in use.";

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    /** Checks the options, throwing a ParameterException (exit 2) naming the option and what is wrong. */
    abstract void validate();

    /** Runs on the open store and returns the exit code. */
    abstract int run(Queries queries, PrintWriter out, PrintWriter err);

    @Override
    public final Integer call() {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(data.dir.resolve("sitrep.duckdb"))) {
            err.println("sitrep: no store in " + data.dir + (Files.isDirectory(data.dir) ? " (it has no sitrep.duckdb)"
                    : " (no such directory)") + "; build one with: sitrep ingest --data " + data.dir + " FILES");
            err.flush();
            return ExitCodes.FATAL;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (Store store = Store.open(data.dir)) {
            return run(store.queries(), out, err);
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FATAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A usage error (exit 2) with this message. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Rejects an option given as blank text. */
    void requireText(String value, String option) {
        if (value != null && value.isBlank()) {
            throw usage(option + " must not be empty");
        }
    }
}
