package dev.sitrep.cli;

import dev.sitrep.store.Queries;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code sitrep stats}: how many rows each table of the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"What the store holds: the rows in each table, and the number of stories.",
                "Articles that are near-copies of each other (the same wire story) count as one story."},
        footer = {"", "Examples:",
                "  sitrep stats",
                "  sitrep stats --data /srv/news --format json",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class StatsCommand extends TableCommand {

    @Override
    void validate() {
        // nothing to check
    }

    @Override
    List<Answer> query(Queries queries) {
        return List.of(Answer.of(queries.counts(), List.of(), null));
    }
}
