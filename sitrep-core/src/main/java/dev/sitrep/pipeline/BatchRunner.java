package dev.sitrep.pipeline;

import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Analyses a stream of articles on N worker threads and hands results on in input order. Holds at most a few
 * articles per thread in flight, so memory stays flat on any input size. An article that fails (rejected, over
 * its time limit, or a bug in analysis) is reported as an {@link InputProblem} and the run goes on.
 */
public final class BatchRunner implements AutoCloseable {

    private final Analyzer analyzer;
    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog;
    private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    private final int window;
    private final Consumer<Article> out;
    private final Consumer<InputProblem> problems;
    private int done;
    private int failed;

    private record Outcome(Article article, InputProblem problem) {
    }

    public BatchRunner(Analyzer analyzer, int threads, Consumer<Article> out, Consumer<InputProblem> problems) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.analyzer = analyzer;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.out = out;
        this.problems = problems;
    }

    /** Queues one article; blocks while the window of in-flight articles is full. */
    public void submit(SourceDocument source) {
        inFlight.add(workers.submit(() -> run(source)));
        while (inFlight.size() >= window) {
            drainOne();
        }
    }

    private Outcome run(SourceDocument source) {
        Thread me = Thread.currentThread();
        long limit = analyzer.limits().timeout().toMillis();
        // the alarm interrupts only while this article runs: once finished is set, under the lock, it cannot
        boolean[] finished = {false};
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            synchronized (finished) {
                if (!finished[0]) {
                    me.interrupt();
                }
            }
        }, limit, TimeUnit.MILLISECONDS);
        try {
            return new Outcome(analyzer.analyze(source), null);
        } catch (ArticleRejected e) {
            return new Outcome(null, new InputProblem(where(source), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String reason = Thread.currentThread().isInterrupted() || isInterruption(e)
                    ? "took longer than the limit of " + limit / 1000 + " s (--timeout); skipped"
                    : "analysis failed: " + e;
            return new Outcome(null, new InputProblem(where(source), reason));
        } finally {
            synchronized (finished) {
                finished[0] = true;
            }
            alarm.cancel(false);
            Thread.interrupted();
        }
    }

    private static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t.getClass().getSimpleName().contains("Interrupted")) {
                return true;
            }
        }
        return false;
    }

    private static String where(SourceDocument source) {
        return source.origin() + " (article " + source.id() + ")";
    }

    private void drainOne() {
        Future<Outcome> next = inFlight.poll();
        if (next == null) {
            return;
        }
        Outcome o;
        try {
            o = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for analysis", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis worker failed: " + e.getCause(), e.getCause());
        }
        done++;
        if (o.article != null) {
            out.accept(o.article);
        } else {
            failed++;
            problems.accept(o.problem);
        }
    }

    /** Waits for every queued article and hands on the rest of the results. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    public int done() {
        return done;
    }

    public int failed() {
        return failed;
    }

    @Override
    public void close() {
        finish();
        workers.shutdownNow();
        watchdog.shutdownNow();
    }
}
