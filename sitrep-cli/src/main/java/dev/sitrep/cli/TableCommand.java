package dev.sitrep.cli;

import dev.sitrep.store.Queries;
import dev.sitrep.store.Table;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;

/** A store command whose answer is one or more {@link Table}s, printed as {@code --format} says. */
abstract class TableCommand extends StoreCommand {

    /** One table to print: the columns the table format shows (empty: all), a heading, the page it is. */
    record Answer(Table table, List<String> view, String heading, PageOptions page) {

        static Answer of(Table table, List<String> view, PageOptions page) {
            return new Answer(table, view, null, page);
        }
    }

    @Mixin
    OutputOptions output;

    /**
     * Runs the queries. An IllegalArgumentException from them is a usage error: the options the command checks
     * itself are checked by then, so it is about the text query, whose option {@link #textOption} names.
     */
    abstract List<Answer> query(Queries queries);

    /** The option whose value only the store can check (a full-text query), or null. */
    String textOption() {
        return null;
    }

    /**
     * Whether to print only the first table in the json, jsonl and csv formats, so a tool reads one table; the
     * table format shows them all, one after the other.
     */
    boolean oneTableForTools() {
        return true;
    }

    @Override
    final int run(Queries queries, PrintWriter out, PrintWriter err) {
        List<Answer> answers;
        try {
            answers = query(queries);
        } catch (IllegalArgumentException e) {
            throw usage(textOption() == null ? e.getMessage() : textOption() + ": " + e.getMessage());
        }
        boolean table = output.format == OutputFormat.TABLE;
        TablePrinter printer = new TablePrinter(output.format, output.wide, table && terminal(), out);
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (!table && i > 0 && oneTableForTools()) {
                break;
            }
            if (table && a.heading() != null) {
                out.println(i > 0 ? System.lineSeparator() + a.heading() : a.heading());
            }
            printer.print(a.table(), a.view());
            if (table) {
                err.println(rows(a));
                err.flush();
            }
        }
        return ExitCodes.OK;
    }

    /** "12 rows", with the option for the next page when this one is full. */
    private static String rows(Answer a) {
        int n = a.table().size();
        String s = n + (n == 1 ? " row" : " rows");
        if (a.page() != null && n == a.page().limit) {
            s += " (there may be more: --offset " + (a.page().offset + n) + ")";
        }
        return s;
    }

    /** Whether standard output is a terminal that may show bold: a console, and NO_COLOR and TERM=dumb unset. */
    private static boolean terminal() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
