package dev.sitrep.kb;

import java.util.List;
import java.util.Objects;

/**
 * A state or territory that acts in news, with the surface forms that name it.
 *
 * @param code       ISO 3166-1 alpha-3 (Kosovo: XKX)
 * @param name       the short English name newspapers use
 * @param aliases    other names, formal names and abbreviations
 * @param demonyms   adjective and people forms ("Ukrainian", "Ukrainians")
 * @param capitals   capital and seat-of-government cities, the first being the capital's usual spelling
 * @param government metonyms for its government other than the capital ("Kremlin", "White House")
 */
public record Country(String code, String name, List<String> aliases, List<String> demonyms, List<String> capitals,
                      List<String> government) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        government = List.copyOf(government);
    }
}
