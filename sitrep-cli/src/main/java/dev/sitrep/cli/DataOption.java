package dev.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the data directory of the embedded store. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:SITREP_DATA:-sitrep-data}",
            description = "The data directory (default: $SITREP_DATA, else ./sitrep-data).")
    Path dir;
}
