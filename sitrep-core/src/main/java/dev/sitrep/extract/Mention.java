package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.model.Span;

/**
 * A stretch of tokens that refers to something: a name, a demonym, a capital, a pronoun or a role noun.
 *
 * @param from    first token
 * @param to      token after the last
 * @param span    character offsets
 * @param kind    how it refers
 * @param type    what it refers to, when known from the mention itself (null for pronouns and roles)
 * @param key     grouping key for named mentions ("C:UKR", "O:NATO", "P:Melanie Joly"), null otherwise
 * @param name    canonical name when known (gazetteer), else the surface form
 * @param code    country or organisation code when known, else null
 * @param country home country of a city or organisation, else null
 */
public record Mention(int from, int to, Span span, Kind kind, EntityType type, String key, String name, String code,
                     String country) {

    /** How a mention refers to its entity. */
    public enum Kind {
        /** A proper name: "Melanie Joly", "Czech Republic", "NATO". */
        NAME,
        /** An adjective or people form of a country: "Canadian". */
        DEMONYM,
        /** A capital or seat standing for the government: "cooperation with Kyiv", "the Kremlin said". */
        GOVERNMENT,
        /** A personal pronoun: "he", "her". */
        PRONOUN,
        /** A definite role noun phrase: "the foreign minister". */
        ROLE,
        /** A state's body named by a common noun without its state: "the ministry", "the Defence Ministry". */
        BODY
    }

    public boolean isNamed() {
        return kind == Kind.NAME || kind == Kind.DEMONYM || kind == Kind.GOVERNMENT;
    }

    public int length() {
        return to - from;
    }
}
