package dev.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --from} and {@code --to}: a range of days, both ends included. */
final class DayOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "From this day on (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Up to this day (inclusive).")
    LocalDate to;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Rejects a range that ends before it starts, as a usage error. */
    void validate() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(command.commandLine(), "--from " + from + " is after --to " + to
                    + ": the range would be empty");
        }
    }
}
