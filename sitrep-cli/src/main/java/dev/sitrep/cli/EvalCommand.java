package dev.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold annotations.",
        subcommands = {EvalQuotesCommand.class},
        footer = {"", "Example:", "  sitrep eval quotes ../shared/datasets/polnear/data/dev"})
final class EvalCommand {
}
