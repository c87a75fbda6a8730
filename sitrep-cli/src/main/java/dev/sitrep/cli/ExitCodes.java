package dev.sitrep.cli;

/** What the process exit code says. */
final class ExitCodes {

    /** Everything was processed. */
    static final int OK = 0;
    /** The run finished, but some input was bad and was skipped (see the messages on stderr). */
    static final int SOME_INPUT_FAILED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** Sitrep could not start or could not go on: bad configuration, missing models, unwritable output. */
    static final int FATAL = 3;
    /** A quality or speed target checked by the command was missed. */
    static final int TARGET_MISSED = 4;

    private ExitCodes() {
    }
}
