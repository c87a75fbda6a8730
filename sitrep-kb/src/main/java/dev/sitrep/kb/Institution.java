package dev.sitrep.kb;

import dev.sitrep.model.Sector;
import java.util.List;
import java.util.Objects;

/**
 * A body that can act: an international organisation, a ministry, an armed force, a service, a court, a
 * parliament, a party, an armed group, a company, a news outlet.
 *
 * @param code     its unique code ({@code NATO}, {@code SBU}, {@code RUS-BSF})
 * @param name     the name news use most
 * @param variants every other surface form, case as written in news
 * @param country  the ISO code of its state, or null for an international body
 * @param sector   its sector
 * @param source   where it was read: {@code file:line}
 */
public record Institution(String code, String name, List<String> variants, String country, Sector sector,
                          String source) {

    public Institution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        variants = List.copyOf(variants);
    }

    /** Whether it belongs to no state: the UN, NATO, the ICRC, ISIS. */
    public boolean isInternational() {
        return country == null;
    }
}
