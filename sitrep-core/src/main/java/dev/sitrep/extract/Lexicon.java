package dev.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sitrep's own word lists for roles, attribution and reference. Lower case; compare with {@link #lc}.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that can end a title: "Foreign Minister", "Secretary General", "spokeswoman". */
    static final Set<String> TITLE_HEADS = TitleWords.INSTANCE.words("head");

    /** Words that can stand inside a title before its head: "Foreign", "Deputy", "Defence". */
    static final Set<String> TITLE_MODIFIERS = TitleWords.INSTANCE.words("modifier");

    /** Words naming the body a title belongs to, inside the title: "Treasury", "border guard", "Command". */
    static final Set<String> TITLE_BODIES = TitleWords.INSTANCE.words("body");

    /** Lemmas of verbs that report speech, belief or writing. */
    static final Set<String> CUE_VERBS = set(
            "say", "tell", "add", "stress", "note", "state", "explain", "warn", "announce", "declare", "insist",
            "argue", "claim", "write", "ask", "reply", "respond", "emphasize", "emphasise", "urge", "continue",
            "remark", "suggest", "acknowledge", "admit", "confirm", "deny", "tweet", "post", "comment", "predict",
            "recall", "observe", "point", "report", "reveal", "indicate", "assert", "allege", "promise", "vow",
            "pledge", "believe", "think", "contend", "maintain", "concede", "estimate", "underline", "underscore",
            "reiterate", "mention", "inform", "assure", "caution", "complain", "charge", "counter", "acknowledge",
            "agree", "boast", "brag", "concur", "disclose", "elaborate", "highlight", "hint", "joke", "lament",
            "observe", "opine", "proclaim", "propose", "question", "quip", "reckon", "recount", "remind", "retort",
            "scoff", "signal", "specify", "testify", "threaten", "told", "wonder", "demand", "accuse", "conclude",
            "clarify", "describe", "fear", "hope", "expect", "feel", "find", "show", "suspect", "worry", "call", "sing",
            "read", "recommend", "conclude", "acknowledge", "bark", "snap", "shout", "yell", "scream", "cry",
            "exclaim", "chant", "whisper", "mutter", "thunder", "vent", "gush", "rail", "muse", "marvel", "interject",
            "beam", "fume", "rave", "chuckle",
            "interrupt", "plead", "beg", "sigh", "laugh", "chime", "gripe", "grumble", "crow", "rant", "answer",
            "speculate", "press", "reason", "surmise", "posit", "theorize", "theorise", "inquire", "enquire");

    static final Set<String> MALE_PRONOUNS = set("he", "him", "his", "himself");
    static final Set<String> FEMALE_PRONOUNS = set("she", "her", "hers", "herself");
    static final Set<String> FIRST_PERSON = set("i", "me", "my", "mine", "myself");

    /** Words before a capital that mark it as a place, not a government: "in Kyiv", "visiting Moscow". */
    static final Set<String> LOCATIVE = set(
            "in", "to", "at", "from", "near", "into", "outside", "around", "across", "through", "via", "toward",
            "towards", "visit", "visiting", "visited", "visits", "reach", "reached", "arrive", "arrived", "fly",
            "flew", "travel", "traveled", "travelled", "inside", "over", "above", "outskirts", "streets", "downtown",
            "centre", "center", "of", "on", "back", "left", "leave", "left", "west", "east", "north", "south");

    static final Set<String> FEMALE_HINTS = set("spokeswoman", "chairwoman", "congresswoman", "queen", "princess",
            "mrs.", "ms.", "madam", "mrs", "ms");

    static final Set<String> MALE_HINTS = set("spokesman", "chairman", "congressman", "king", "prince", "mr.",
            "mr", "sir");

    /** Honorifics dropped from the front of a person's name. */
    static final Set<String> HONORIFICS = set("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir",
            "madam", "president", "minister", "senator", "sen.", "gen.", "general", "pope", "king", "queen",
            "prince", "rep.", "gov.", "lt.", "col.", "prof.", "premier", "chancellor");

    /** Abbreviated titles and the word a description uses for them: "Gov. Lind" is "the governor". */
    static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("gov.", "governor"),
            Map.entry("sen.", "senator"), Map.entry("rep.", "representative"), Map.entry("gen.", "general"),
            Map.entry("lt.", "lieutenant"), Map.entry("col.", "colonel"), Map.entry("prof.", "professor"),
            Map.entry("sec.", "secretary"), Map.entry("amb.", "ambassador"), Map.entry("adm.", "admiral"),
            Map.entry("atty.", "attorney"), Map.entry("pres.", "president"), Map.entry("supt.", "superintendent"));

    /** A lower-case title with its abbreviations written out: "new jersey gov." becomes "new jersey governor". */
    static String expandTitle(String title) {
        StringBuilder out = new StringBuilder();
        for (String w : lc(title).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(TITLE_ABBREVIATIONS.getOrDefault(w, w));
        }
        return out.toString();
    }

    /** An immutable set of words; a word listed twice is kept once. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lc(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isTitleHead(String word) {
        return TITLE_HEADS.contains(lc(word));
    }

    static boolean isTitleWord(String word) {
        String w = lc(word);
        return TITLE_HEADS.contains(w) || TITLE_MODIFIERS.contains(w);
    }
}
