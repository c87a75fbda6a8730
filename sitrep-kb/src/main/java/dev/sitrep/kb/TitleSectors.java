package dev.sitrep.kb;

import dev.sitrep.model.Sector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sector a person's title puts them in ("defence minister" military, "spokesman" government, "editor" media),
 * from the checked word list {@code title-sectors.tsv} of the knowledge base: the longest phrase of the title found there
 * decides, the first listed among equally long ones. A former office ("former President", "ex-minister") makes a
 * civilian. Immutable and thread-safe.
 */
public final class TitleSectors {

    private static final String RESOURCE = "title-sectors.tsv";

    private final Map<String, Sector> phrases = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private int longest;

    private TitleSectors() {
    }

    /** The bundled list. Fails at start-up, naming the line, if a phrase is listed twice or a sector is unknown. */
    public static TitleSectors load() {
        TitleSectors t = new TitleSectors();
        try (InputStream in = TitleSectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 2 tab-separated columns");
                }
                String phrase = cols[0].strip().toLowerCase(Locale.ROOT);
                Sector sector;
                try {
                    sector = Sector.of(cols[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
                }
                if (t.phrases.put(phrase, sector) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": '" + phrase + "' is listed twice");
                }
                t.order.put(phrase, n);
                t.longest = Math.max(t.longest, phrase.split(" ").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return t;
    }

    /** The sector of a title, or null when no phrase of it is listed. */
    public Sector of(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        if (t.startsWith("former ") || t.startsWith("ex-") || t.startsWith("ex ")) {
            return Sector.CVL;
        }
        String[] words = t.split(" ");
        Sector best = null;
        int bestLength = 0;
        int bestOrder = Integer.MAX_VALUE;
        for (int i = 0; i < words.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = i; k < words.length && k - i < longest; k++) {
                phrase.append(k > i ? " " : "").append(words[k]);
                String p = phrase.toString();
                Sector s = phrases.get(p);
                int length = k - i + 1;
                if (s != null && (length > bestLength || length == bestLength && order.get(p) < bestOrder)) {
                    best = s;
                    bestLength = length;
                    bestOrder = order.get(p);
                }
            }
        }
        return best;
    }
}
