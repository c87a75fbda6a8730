package dev.sitrep.model;

import java.util.Objects;

/**
 * Why one input (a file, a line of a file, an article) could not be processed. The run goes on without it.
 *
 * @param origin where: {@code file}, {@code file:line}, or {@code file:line} plus the article id
 * @param reason why, in words a user can act on
 */
public record InputProblem(String origin, String reason) {

    public InputProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
