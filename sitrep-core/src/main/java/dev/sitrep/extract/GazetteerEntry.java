package dev.sitrep.extract;

import dev.sitrep.model.EntityType;

/**
 * What a gazetteer surface form names.
 *
 * @param form    how the surface form refers to its thing
 * @param type    COUNTRY or ORGANIZATION
 * @param code    ISO alpha-3 for countries, the organisation's code otherwise
 * @param name    canonical name of the thing (for a capital: the city's name)
 * @param country home country of an organisation or city, or null
 */
public record GazetteerEntry(Form form, EntityType type, String code, String name, String country) {

    /** How a surface form refers to what it names. */
    public enum Form {
        /** The country's or organisation's name or an alias: "Czech Republic", "NATO". */
        NAME,
        /** An adjective or people form: "Canadian", "Ukrainians". */
        DEMONYM,
        /** A capital city, either the place or the government by metonymy: "Kyiv". */
        CAPITAL,
        /** A seat of government that stands for it: "the Kremlin", "the White House". */
        GOVERNMENT
    }
}
