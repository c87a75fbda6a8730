package dev.sitrep.model;

/** The kinds of real-world thing an entity can be. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    CITY,
    LOCATION,
    /** People the article describes rather than names: "Republicans", "protesters", "police officials". */
    GROUP,
    /** A poll, report, study, video or other work cited as a source: "a Quinnipiac poll found". */
    WORK;

    /** Whether this kind of entity can be a quote's source: people, groups, organisations, states, works. */
    public boolean canSpeak() {
        return this != CITY && this != LOCATION;
    }
}
