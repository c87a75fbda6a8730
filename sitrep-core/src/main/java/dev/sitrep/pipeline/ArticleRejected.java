package dev.sitrep.pipeline;

/** An article that cannot be analysed, with a reason a user can act on. Recovered from: the run goes on. */
public final class ArticleRejected extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleRejected(String reason) {
        super(reason, null, false, false);
    }
}
