package dev.sitrep.model;

import java.util.Objects;

/**
 * A reference from an event or commitment to an entity of the same article, with the actor codes event data
 * groups by ({@code UKR GOV}).
 *
 * @param entity  the entity's id within the article ({@code e3})
 * @param name    its canonical name
 * @param code    the code it stands for in event data: a country's ISO code (also for the country's officials,
 *                forces and capital), an organisation's code, else null
 * @param country the ISO code of the state the actor belongs to or acts for, else null
 * @param sector  the actor's role (the state's government, military, ...; a company, the media), else null
 */
public record EntityRef(String entity, String name, String code, String country, Sector sector) {

    public EntityRef {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
    }

    /** A reference without state or sector. */
    public EntityRef(String entity, String name, String code) {
        this(entity, name, code, null, null);
    }
}
