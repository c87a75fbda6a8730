package dev.sitrep.cli;

import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events}: real-world events, one row each however many articles report them. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Events, one row each however many articles report them; or the articles reporting one.",
                "Events have a PLOVER type, a mode, source and target actors, a day and a place; newest first. "
                        + "Actors are named by code (RUS, NATO), actor id (see `sitrep actors`), or a part of "
                        + "their name."},
        footer = {"", "Examples:",
                "  sitrep events --actor Russia --type ASSAULT",
                "  sitrep events --source POL --target UKR --from 2024-03-01 --to 2024-03-31",
                "  sitrep events --text 'grain' --format csv",
                "  sitrep events --reports EVENT_ID        the articles reporting one event",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class EventsCommand extends TableCommand {

    @Option(names = "--actor", paramLabel = "A", description = "An actor taking part, as source or target.")
    String actor;

    @Option(names = "--source", paramLabel = "A", description = "The actor who acts.")
    String source;

    @Option(names = "--target", paramLabel = "A", description = "The actor acted upon.")
    String target;

    @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER event type: ${COMPLETION-CANDIDATES}.")
    EventType type;

    @Option(names = "--mode", paramLabel = "MODE", description = "asserted, future, negated or hypothetical.")
    EventMode mode;

    @Option(names = "--text", paramLabel = "QUERY",
            description = "Only events reported in articles matching this full-text query (as in `sitrep search`).")
    String text;

    @Option(names = "--reports", paramLabel = "EVENT_ID",
            description = "List the articles that report this event, with the words that say it.")
    String reports;

    @Mixin
    DayOptions days;

    @Mixin
    PageOptions page;

    @Override
    void validate() {
        requireText(actor, "--actor");
        requireText(source, "--source");
        requireText(target, "--target");
        requireText(text, "--text");
        requireText(reports, "--reports");
        if (reports != null && (actor != null || source != null || target != null || type != null || mode != null
                || text != null || days.from != null || days.to != null)) {
            throw usage("--reports lists the articles of one event and takes no filters");
        }
        days.validate();
        page.validate();
    }

    @Override
    String textOption() {
        return "--text";
    }

    @Override
    List<Answer> query(Queries queries) {
        if (reports != null) {
            return List.of(Answer.of(page.of(queries.eventReports(reports.strip())),
                    List.of("published", "site", "title", "trigger", "evidence"), page));
        }
        Filter f = new Filter(actor, source, target, type == null ? null : type.name(),
                mode == null ? null : mode.name(), days.from, days.to, text, page.limit, page.offset);
        return List.of(Answer.of(queries.events(f),
                List.of("event_id", "day", "type", "mode", "source", "target", "location", "reports", "sources"), page));
    }
}
