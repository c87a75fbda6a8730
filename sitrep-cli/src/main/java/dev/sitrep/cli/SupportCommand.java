package dev.sitrep.cli;

import dev.sitrep.model.AidType;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep support}: commitments of support, and their totals per currency. */
@Command(name = "support", mixinStandardHelpOptions = true,
        description = {"Commitments of support by donor, recipient and type, with totals per currency.",
                "Military, financial and humanitarian support pledged, delivered, considered or refused, newest "
                        + "first; then the totals per donor, recipient, type, status and currency.",
                "In the table format both are shown; json, jsonl and csv hold one table: the commitments, or "
                        + "with --totals the totals."},
        footer = {"", "Examples:",
                "  sitrep support --recipient Ukraine",
                "  sitrep support --donor POL --type military --status pledged",
                "  sitrep support --totals --from 2024-01-01 --format csv",
                "", StoreCommand.LOCKED, StoreCommand.EXIT_CODES})
final class SupportCommand extends TableCommand {

    @Option(names = "--donor", paramLabel = "A", description = "The actor giving.")
    String donor;

    @Option(names = "--recipient", paramLabel = "A", description = "The actor receiving.")
    String recipient;

    @Option(names = "--type", paramLabel = "TYPE", description = "military, financial or humanitarian.")
    AidType type;

    @Option(names = "--status", paramLabel = "STATUS", description = "pledged, delivered, considered or refused.")
    CommitmentStatus status;

    @Option(names = "--totals", description = "Only the totals per currency (summed over every matching "
            + "commitment, not only this page).")
    boolean totals;

    @Mixin
    DayOptions days;

    @Mixin
    PageOptions page;

    @Override
    void validate() {
        requireText(donor, "--donor");
        requireText(recipient, "--recipient");
        days.validate();
        page.validate();
    }

    @Override
    List<Answer> query(Queries queries) {
        Filter f = new Filter(null, donor, recipient, lower(type), lower(status), days.from, days.to, null,
                page.limit, page.offset);
        Answer sums = new Answer(queries.supportTotals(f), List.of(), "Totals per currency:", null);
        if (totals) {
            return List.of(sums);
        }
        return List.of(Answer.of(queries.support(f), List.of("day", "donor", "recipient", "aid_type", "what",
                "amount", "currency", "status", "title"), page), sums);
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
