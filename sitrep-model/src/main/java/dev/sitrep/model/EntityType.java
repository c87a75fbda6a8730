package dev.sitrep.model;

/** The kinds of real-world thing an entity can be. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    CITY,
    LOCATION,
    /** People the article describes rather than names: "Republicans", "protesters", "police officials". */
    GROUP;

    /** Whether this kind of entity can speak: people, groups, organisations and states. */
    public boolean canSpeak() {
        return this == PERSON || this == ORGANIZATION || this == COUNTRY || this == GROUP;
    }
}
