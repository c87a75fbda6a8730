package dev.sitrep.eval;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far the actors of events are coded, without gold: of every source and target actor of every event, how many
 * are neither states nor places, and of those how many carry a sector and how many a state. A state (an entity of
 * type {@link EntityType#COUNTRY}) is coded by its code alone, as event data codes it; so is a place (a city or
 * region, "Kyiv", "Crimea"), by the state it lies in: both are left out of the shares, and places are counted
 * apart with how many have their state.
 *
 * @param actors            event actors counted (each source and target reference of each event)
 * @param nonState          actors that are neither states nor places: people, organisations, groups, works
 * @param nonStateSector    those with a sector
 * @param nonStateCountry   those with a state ({@code country})
 * @param places            actors that are places
 * @param placesCountry     places with a state
 */
public record ActorCoverage(int actors, int nonState, int nonStateSector, int nonStateCountry, int places,
                            int placesCountry) {

    /** No actor. */
    public static final ActorCoverage ZERO = new ActorCoverage(0, 0, 0, 0, 0, 0);

    /** The coverage of one article's events. */
    public static ActorCoverage of(Article a) {
        Map<String, Entity> entities = new HashMap<>();
        a.entities().forEach(e -> entities.put(e.id(), e));
        int actors = 0;
        int nonState = 0;
        int sector = 0;
        int country = 0;
        int places = 0;
        int placesCountry = 0;
        for (Event e : a.events()) {
            for (List<EntityRef> refs : List.of(e.source(), e.target())) {
                for (EntityRef r : refs) {
                    actors++;
                    Entity entity = entities.get(r.entity());
                    EntityType type = entity == null ? null : entity.type();
                    if (type == EntityType.COUNTRY) {
                        continue;
                    }
                    if (type == EntityType.CITY || type == EntityType.LOCATION) {
                        places++;
                        placesCountry += r.country() != null ? 1 : 0;
                        continue;
                    }
                    nonState++;
                    sector += r.sector() != null ? 1 : 0;
                    country += r.country() != null ? 1 : 0;
                }
            }
        }
        return new ActorCoverage(actors, nonState, sector, country, places, placesCountry);
    }

    /** These counts and {@code o}'s together. */
    public ActorCoverage plus(ActorCoverage o) {
        return new ActorCoverage(actors + o.actors, nonState + o.nonState, nonStateSector + o.nonStateSector,
                nonStateCountry + o.nonStateCountry, places + o.places, placesCountry + o.placesCountry);
    }

    /** The share of non-state actors with a sector; 0 when there is none. */
    public double sectorShare() {
        return nonState == 0 ? 0 : (double) nonStateSector / nonState;
    }

    /** The share of non-state actors with a state; 0 when there is none. */
    public double countryShare() {
        return nonState == 0 ? 0 : (double) nonStateCountry / nonState;
    }

    /**
     * One line: {@code event actors neither states nor places: 120 of 300, with a sector 0.917, with a state 0.850;
     * places: 20, with a state 0.400}.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "event actors neither states nor places: %d of %d, with a sector %.3f, "
                + "with a state %.3f; places: %d, with a state %.3f", nonState, actors, sectorShare(),
                countryShare(), places, places == 0 ? 0.0 : (double) placesCountry / places);
    }
}
