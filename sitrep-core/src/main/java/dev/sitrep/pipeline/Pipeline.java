package dev.sitrep.pipeline;

import dev.sitrep.model.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs stages in order over one article at a time, timing each. Construction checks that every stage's
 * requirements are provided by the stages before it. Thread-safe when its stages are.
 */
public final class Pipeline {

    private final List<Stage> stages;
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    public Pipeline(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>(Set.of(Layer.SOURCE));
        for (Stage stage : stages) {
            for (Layer<?> needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " requires layer " + needed
                            + ", which no earlier stage provides");
                }
            }
            for (Layer<?> added : stage.provides()) {
                if (!available.add(added)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " provides layer " + added
                            + ", which an earlier stage already provides");
                }
            }
            nanos.put(stage.name(), new LongAdder());
        }
        this.stages = List.copyOf(stages);
    }

    /** Runs every stage; returns the finished analysis. */
    public Analysis run(SourceDocument source) throws ArticleRejected {
        Analysis analysis = new Analysis();
        analysis.put(Layer.SOURCE, source);
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            stage.process(analysis);
            nanos.get(stage.name()).add(System.nanoTime() - t0);
            for (Layer<?> added : stage.provides()) {
                if (!analysis.has(added)) {
                    throw new IllegalStateException("stage " + stage.name() + " did not add layer " + added);
                }
            }
        }
        return analysis;
    }

    /** Nanoseconds spent in each stage so far, summed over threads, in stage order. */
    public Map<String, Long> timings() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((name, sum) -> out.put(name, sum.sum()));
        return out;
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }
}
