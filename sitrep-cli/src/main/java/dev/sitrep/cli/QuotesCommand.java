package dev.sitrep.cli;

import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep quotes}: who said what, newest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quotes, direct and reported, newest first, with their speaker, cue and article."},
        footer = {"", "Examples:",
                "  sitrep quotes --speaker Savchuk",
                "  sitrep quotes --speaker Zelensky --text 'air defence' --from 2024-01-01",
                "  sitrep quotes --text farmers --format jsonl",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class QuotesCommand extends TableCommand {

    @Option(names = "--speaker", paramLabel = "A",
            description = "The speaker: a name or part of one, or an actor id (see `sitrep actors`).")
    String speaker;

    @Option(names = "--text", paramLabel = "QUERY",
            description = "Only quotes whose words match this full-text query (as in `sitrep search`).")
    String text;

    @Mixin
    DayOptions days;

    @Mixin
    PageOptions page;

    @Override
    void validate() {
        requireText(speaker, "--speaker");
        requireText(text, "--text");
        days.validate();
        page.validate();
    }

    @Override
    String textOption() {
        return "--text";
    }

    @Override
    List<Answer> query(Queries queries) {
        Filter f = new Filter(speaker, null, null, null, null, days.from, days.to, text, page.limit, page.offset);
        return List.of(Answer.of(queries.quotes(f), List.of("day", "speaker", "text", "cue", "title"), page));
    }
}
