package dev.sitrep.model;

/** How far a commitment of support has gone, as the article reports it. */
public enum CommitmentStatus {
    /** Promised or announced, not yet given. */
    PLEDGED,
    /** Given, sent or handed over. */
    DELIVERED,
    /** Under consideration or not ruled out. */
    CONSIDERED,
    /** Explicitly refused or ruled out. */
    REFUSED
}
