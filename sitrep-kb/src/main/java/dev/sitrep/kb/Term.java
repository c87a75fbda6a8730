package dev.sitrep.kb;

import dev.sitrep.model.Sector;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One term of one office: "President of Russia, government, from 2012-05-07, still in office".
 *
 * @param office the office as news write it ("President", "Foreign Minister", "Secretary General")
 * @param of     the state's ISO code or the organisation's code whose office it is
 * @param sector the sector the holder acts in
 * @param from   the first day in office
 * @param to     the last day in office, or null while still in office
 * @param source where it was read: {@code file:line}
 */
public record Term(String office, String of, Sector sector, PartialDate from, PartialDate to, String source) {

    public Term {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(from, "from");
        if (to != null && to.latest().isBefore(from.earliest())) {
            throw new IllegalArgumentException("ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether the term may include {@code day}: it started on or before it and had not ended. */
    public boolean heldOn(LocalDate day) {
        return !from.earliest().isAfter(day) && (to == null || !to.latest().isBefore(day));
    }

    /** Whether the term had certainly ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return to != null && to.latest().isBefore(day);
    }

    /** The office without "Acting " in front, for comparing holders of one office. */
    public String baseOffice() {
        return office.regionMatches(true, 0, "acting ", 0, 7) ? office.substring(7) : office;
    }
}
