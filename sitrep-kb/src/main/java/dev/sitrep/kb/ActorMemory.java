package dev.sitrep.kb;

import dev.sitrep.model.Sector;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What earlier articles said of an actor, for later articles that name the actor without it: "Foreign Minister
 * Ana Berg" in one article, "Berg said" in the next. The store keeps one ({@code dev.sitrep.store}); implementations
 * are thread-safe.
 */
public interface ActorMemory {

    /** Remembers nothing. */
    ActorMemory NONE = (name, day) -> Optional.empty();

    /**
     * What was said most recently, on or before {@code day} (any day when null), of the person with this full name.
     *
     * @param name a person's full name as an article gives it
     * @param day  the date of the article asking, or null
     */
    Optional<Recalled> recall(String name, LocalDate day);

    /**
     * What an earlier article said of a person.
     *
     * @param title       the title it gave, or null
     * @param affiliation the state or organisation it gave, or null
     * @param country     the state, or null
     * @param sector      the sector, or null
     * @param article     the stored article it was said in
     * @param day         that article's date, or null
     */
    record Recalled(String title, String affiliation, String country, Sector sector, String article, LocalDate day) {
    }
}
