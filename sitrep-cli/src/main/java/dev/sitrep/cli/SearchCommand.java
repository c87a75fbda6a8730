package dev.sitrep.cli;

import dev.sitrep.store.Queries;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep search}: full-text search over the stored articles or quotes, best match first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of the stored articles or quotes, best match first, with snippets.",
                "Each hit comes with a snippet around the match: the matching words are bold on a terminal and "
                        + "in <b> tags in json, jsonl and csv."},
        footer = {"", "Examples:",
                "  sitrep search grain",
                "  sitrep search '\"joint commission\" AND border' --from 2024-03-01",
                "  sitrep search --quotes farmers --format json",
                "  sitrep search 'title:drills OR title:exercises' --limit 5",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class SearchCommand extends TableCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = "Words (all must match; several arguments are joined), \"a phrase\", OR, NOT, "
                    + "title:word, word* (Lucene syntax); English stemming, so 'talks' finds 'talk'.")
    List<String> words;

    @Option(names = "--quotes", description = "Search the quotes instead of whole articles.")
    boolean quotes;

    @Mixin
    DayOptions days;

    @Mixin
    PageOptions page;

    @Override
    void validate() {
        if (String.join(" ", words).isBlank()) {
            throw usage("QUERY must not be empty");
        }
        days.validate();
        page.validate();
    }

    @Override
    String textOption() {
        return "QUERY";
    }

    @Override
    List<Answer> query(Queries queries) {
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) page.limit + page.offset);
        return List.of(Answer.of(page.of(queries.search(String.join(" ", words), quotes, days.from, days.to,
                wanted)), List.of("score", "published", "site", "title", "snippet"), page));
    }
}
