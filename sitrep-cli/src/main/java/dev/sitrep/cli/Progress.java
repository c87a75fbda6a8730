package dev.sitrep.cli;

import java.io.PrintWriter;

/** Progress on stderr for long runs: a line every few seconds, only when a person is watching a terminal. */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long last = start;
    private int count;

    Progress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    void tick() {
        count++;
        long now = System.nanoTime();
        if (enabled && now - last > EVERY_NANOS) {
            last = now;
            err.printf("sitrep: %d articles, %.1f/s%n", count, count / ((now - start) / 1e9));
            err.flush();
        }
    }

    void done() {
        if (enabled && count > 0) {
            double s = (System.nanoTime() - start) / 1e9;
            err.printf("sitrep: %d articles in %.1f s%n", count, s);
            err.flush();
        }
    }
}
