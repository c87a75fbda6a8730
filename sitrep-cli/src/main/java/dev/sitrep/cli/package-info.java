/**
 * The {@code sitrep} command line: one class per subcommand (extract, ingest, the store queries, eval, bench),
 * typed options, exit codes that say what happened, and help with examples.
 */
package dev.sitrep.cli;
