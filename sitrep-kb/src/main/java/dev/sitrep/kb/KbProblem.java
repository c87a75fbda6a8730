package dev.sitrep.kb;

/**
 * A line of a knowledge-base file that was not taken, and why.
 *
 * @param file   the file (a path, or the bundled resource's name)
 * @param line   1-based line number, or 0 for the file as a whole
 * @param reason what is wrong, in words a user can act on
 */
public record KbProblem(String file, long line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
