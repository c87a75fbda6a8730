package dev.sitrep.cli;

import dev.sitrep.store.Filter;
import dev.sitrep.store.Table;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --limit} and {@code --offset}: one page of an answer. */
final class PageOptions {

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit = Filter.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows, for the next page.")
    int offset;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Rejects a page that cannot be, as a usage error. */
    void validate() {
        if (limit < 1) {
            throw new ParameterException(command.commandLine(), "--limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw new ParameterException(command.commandLine(), "--offset must not be negative, got " + offset);
        }
    }

    /** This page of a table that was read whole. */
    Table of(Table all) {
        List<List<Object>> rows = all.rows();
        int start = Math.min(offset, rows.size());
        int end = (int) Math.min((long) start + limit, rows.size());
        return new Table(all.columns(), rows.subList(start, end));
    }
}
