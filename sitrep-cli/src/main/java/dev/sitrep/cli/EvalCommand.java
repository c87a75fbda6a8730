package dev.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold annotations.",
        subcommands = {EvalQuotesCommand.class, EvalAgreementCommand.class, EvalEventsCommand.class,
            EvalPlvCommand.class, EvalNewsCommand.class},
        footer = {"", "Examples:", "  sitrep eval quotes ../shared/datasets/polnear/data/dev",
                "  sitrep eval events ../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json",
                "  sitrep eval plv ../shared/datasets/plover-plv/PLV_train.tsv",
                "  sitrep eval news ../shared/corpus/news-dev-gold-core.jsonl"})
final class EvalCommand {
}
