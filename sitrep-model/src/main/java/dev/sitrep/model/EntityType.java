package dev.sitrep.model;

/** The kinds of real-world thing an entity can be. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    CITY,
    LOCATION;

    /** Whether this kind of entity can speak: people, organisations and states. */
    public boolean canSpeak() {
        return this == PERSON || this == ORGANIZATION || this == COUNTRY;
    }
}
