package dev.sitrep.eval;

import dev.sitrep.model.InputProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects input problems up to a limit, then only counts them. */
final class ProblemLog {

    static final int LIMIT = 200;

    private final List<InputProblem> problems = new ArrayList<>();
    private int dropped;

    void add(String origin, String reason) {
        if (problems.size() < LIMIT) {
            problems.add(new InputProblem(origin, reason));
        } else {
            dropped++;
        }
    }

    /** The problems kept, plus one closing entry that says how many more there were. */
    List<InputProblem> toList() {
        List<InputProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new InputProblem("(more)", dropped + " further problems not listed"));
        }
        return List.copyOf(all);
    }
}
