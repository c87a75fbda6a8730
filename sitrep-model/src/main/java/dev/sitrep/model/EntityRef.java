package dev.sitrep.model;

import java.util.Objects;

/**
 * A reference from an event or commitment to an entity of the same article.
 *
 * @param entity the entity's id within the article ({@code e3})
 * @param name   its canonical name
 * @param code   the code it stands for in event data: a country's ISO code (also for the country's officials,
 *               forces and capital), an organisation's code, else null
 */
public record EntityRef(String entity, String name, String code) {

    public EntityRef {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
    }
}
