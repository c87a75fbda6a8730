package dev.sitrep.model;

/** Whether the article reports an event as having happened, as planned, as not having happened, or as possible. */
public enum EventMode {
    /** Reported as done or ongoing: "Russia massed troops". */
    ASSERTED,
    /** Announced, planned or promised: "he will be visiting Kyiv". */
    FUTURE,
    /** Reported as not having happened or refused: "Canada did not send weapons". */
    NEGATED,
    /** Possible, conditional or under consideration: "did not rule out sending weapons", "could impose sanctions". */
    HYPOTHETICAL
}
