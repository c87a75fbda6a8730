package dev.sitrep.store;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The keys that make one record per real-world thing across articles. Pure functions of their inputs, so the
 * embedded store and the Spark job compute the same keys for the same input.
 */
public final class Keys {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "president", "minister",
            "prime", "general", "gen", "king", "queen", "prince", "pope", "senator", "sen", "rep", "gov", "lt", "col",
            "prof", "chancellor", "premier");

    private Keys() {
    }

    /**
     * An article's identity: the first 128 bits of the SHA-256 of its text with whitespace collapsed, in hex. The
     * same text from two files, URLs or runs has one id.
     */
    public static String articleId(String text) {
        String normalized = SPACE.matcher(text.strip()).replaceAll(" ");
        return HexFormat.of().formatHex(sha256(normalized)).substring(0, 32);
    }

    /**
     * The actor an entity stands for across articles: a country or coded organisation by its code, a person by
     * the knowledge base's name for them when it knows them ("Stoltenberg" alone is Jens Stoltenberg), else their
     * name folded for spelling variants ("Zelensky", "Zelenskyy", "Zelenskiy" are one), anything else by kind and
     * folded name.
     */
    public static String actorId(Entity e) {
        return switch (e.type()) {
            case COUNTRY -> e.code() != null ? "country:" + e.code() : "country:" + fold(e.name());
            case ORGANIZATION -> e.code() != null ? "org:" + e.code() : "org:" + fold(e.name());
            case PERSON -> "person:" + personKey(e.kb() != null ? e.kb() : e.name());
            default -> e.type().name().toLowerCase(Locale.ROOT) + ":" + fold(e.name());
        };
    }

    /**
     * A real-world event's identity: its type, mode, source and target actors (codes, else folded names) and
     * day. Reports of one event by several outlets share it.
     */
    public static String eventId(Event e) {
        String key = e.type() + "|" + e.mode() + "|" + actors(e.source()) + "|" + actors(e.target()) + "|"
                + (e.date() == null ? "" : e.date());
        return "ev" + HexFormat.of().formatHex(sha256(key)).substring(0, 24);
    }

    /** The code-or-name set of event actors, sorted and joined with '+'. */
    static String actors(List<EntityRef> refs) {
        Set<String> keys = new TreeSet<>();
        for (EntityRef r : refs) {
            keys.add(r.code() != null ? r.code() : fold(r.name()));
        }
        return String.join("+", keys);
    }

    /** MinHash functions per text, in {@link #BANDS} bands of {@link #ROWS}. */
    static final int BANDS = 16;
    static final int ROWS = 4;
    /** Bands two texts must share to be one story: at a Jaccard similarity of 0.8 they share 6.6 on average. */
    public static final int SAME_STORY_BANDS = 2;

    /**
     * The near-duplicate keys of a text: MinHash over its word 3-shingles, 64 hash functions in 16 bands of 4,
     * each band hashed to one key. Texts that share many shingles (the same wire story with another headline,
     * byline or closing paragraph) share several keys; unrelated texts almost never share two.
     */
    public static long[] storyKeys(String text) {
        long[] min = new long[BANDS * ROWS];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long a = 0;
        long b = 0;
        int words = 0;
        while (m.find()) {
            long c = hash64(m.group());
            words++;
            if (words >= 3 || words == 1) {
                long shingle = mix(a * 31 + b * 17 + c);
                for (int i = 0; i < min.length; i++) {
                    long h = mix(shingle ^ SEEDS[i]);
                    if (h < min[i]) {
                        min[i] = h;
                    }
                }
            }
            a = b;
            b = c;
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long k = band + 1;
            for (int r = 0; r < ROWS; r++) {
                k = mix(k * 0x9E3779B97F4A7C15L + min[band * ROWS + r]);
            }
            keys[band] = k;
        }
        return keys;
    }

    /** How many band keys two texts share. */
    public static int sharedBands(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < BANDS; i++) {
            n += a[i] == b[i] ? 1 : 0;
        }
        return n;
    }

    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < SEEDS.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            SEEDS[i] = x;
        }
    }

    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Lower case, accents and punctuation dropped, spaces collapsed. */
    static String fold(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            b.append(b.length() > 0 ? " " : "").append(m.group());
        }
        return b.toString();
    }

    /**
     * A person's name folded, without honorifics, with transliteration variants made one: a final "iy", "yy",
     * "ii" or "i" after a consonant cluster becomes "y" ("Zelenskiy" to "zelensky"), doubled letters are single.
     */
    static String personKey(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : fold(name).split(" ")) {
            if (w.isEmpty() || HONORIFICS.contains(w)) {
                continue;
            }
            String v = w.replaceAll("(.)\\1+", "$1").replaceAll("(iy|yi|ii)$", "y").replaceAll("(sk|tsk|ck)i$", "$1y");
            b.append(b.length() > 0 ? " " : "").append(v);
        }
        return b.length() > 0 ? b.toString() : fold(name);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
