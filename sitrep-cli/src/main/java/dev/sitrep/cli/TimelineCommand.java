package dev.sitrep.cli;

import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep timeline}: how many events per day, week, month or year, by type. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Events counted per day, week, month or year and type, for an actor or a pair.",
                "All events, one actor's (as source or target), or those between two actors (either acting on the "
                        + "other). A period is named by its first day; weeks start on Monday. 'reports' counts the "
                        + "articles reporting them."},
        footer = {"", "Examples:",
                "  sitrep timeline --actor Russia --interval week",
                "  sitrep timeline --pair POL UKR",
                "  sitrep timeline --type ASSAULT --from 2024-01-01 --format csv",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class TimelineCommand extends TableCommand {

    /** The periods events are counted in. */
    enum Interval {
        DAY, WEEK, MONTH, YEAR
    }

    @Option(names = "--actor", paramLabel = "A", description = "Only events this actor takes part in.")
    String actor;

    @Option(names = "--pair", paramLabel = "A", arity = "2",
            description = "Two actors: only events between them, either acting on the other.")
    List<String> pair;

    @Option(names = "--interval", paramLabel = "PERIOD", defaultValue = "month",
            description = "day, week, month (the default) or year.")
    Interval interval;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this PLOVER event type.")
    EventType type;

    @Option(names = "--mode", paramLabel = "MODE", description = "Only this mode: asserted, future, negated or "
            + "hypothetical.")
    EventMode mode;

    @Mixin
    DayOptions days;

    @Override
    void validate() {
        requireText(actor, "--actor");
        if (pair != null) {
            requireText(pair.get(0), "--pair");
            requireText(pair.get(1), "--pair");
            if (actor != null) {
                throw usage("--actor and --pair cannot be used together");
            }
        }
        days.validate();
    }

    @Override
    List<Answer> query(Queries queries) {
        Filter f = new Filter(actor, pair == null ? null : pair.get(0), pair == null ? null : pair.get(1),
                type == null ? null : type.name(), mode == null ? null : mode.name(), days.from, days.to, null,
                Filter.DEFAULT_LIMIT, 0);
        return List.of(Answer.of(queries.timeline(f, interval.name().toLowerCase(Locale.ROOT)), List.of(), null));
    }
}
