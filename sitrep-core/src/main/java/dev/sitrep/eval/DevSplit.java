package dev.sitrep.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The one fixed rule that splits every development set into a part rules are tuned on and a part they are only
 * checked on: an item belongs to the checking part when the CRC-32 of its id (UTF-8) is divisible by 3, else to
 * the tuning part. The rule depends on the id alone, so a set keeps its split when it grows.
 */
public final class DevSplit {

    /** A part of a development set; {@link #ALL} is both. */
    public enum Part {
        ALL, TUNE, CHECK;

        /** Whether an item of part {@code p} belongs to this part. */
        public boolean holds(Part p) {
            return this == ALL || this == p;
        }

        /** {@code all}, {@code tune} or {@code check}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private DevSplit() {
    }

    /** The part the item {@code id} belongs to: {@link Part#CHECK} or {@link Part#TUNE}. */
    public static Part partOf(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 3 == 0 ? Part.CHECK : Part.TUNE;
    }

    /** The part named {@code all}, {@code tune} or {@code check} (any case); empty for another word. */
    public static Optional<Part> parse(String name) {
        for (Part p : Part.values()) {
            if (p.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
