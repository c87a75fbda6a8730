package dev.sitrep.events;

import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A verb with its auxiliaries, modals, negation and adverbs: "did not rule out", "will be visiting", "were
 * killed", "to send". Token indexes are document-wide; {@code end} is exclusive and covers a following particle.
 *
 * @param start      first token
 * @param end        one past the last token (after any particle: "rule out", "hand over")
 * @param head       the main verb
 * @param negated    "not", "n't", "never" or "no longer" is part of the group
 * @param modal      the modal or future marker in lower case ("will", "would", "could"), else null
 * @param passive    a form of "be" or "get" before a past participle head
 * @param infinitive the group starts with "to"
 */
record VerbGroup(int start, int end, int head, boolean negated, String modal, boolean passive,
                 boolean infinitive) {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "can", "must", "'ll", "wo", "ca", "'d");

    boolean future() {
        return "will".equals(modal) || "shall".equals(modal) || "'ll".equals(modal) || "wo".equals(modal);
    }

    /** Finds the verb groups of tokens {@code [from, to)} in text order. */
    static List<VerbGroup> find(List<Token> tokens, int from, int to) {
        List<VerbGroup> groups = new ArrayList<>();
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            boolean startsInfinitive = t.pos().equals("TO") && i + 1 < to && isVerbal(tokens.get(i + 1))
                    && tokens.get(i + 1).pos().startsWith("VB");
            if (!startsInfinitive && !t.pos().startsWith("VB") && !t.pos().equals("MD")
                    || adjectival(tokens, i, from, to)) {
                i++;
                continue;
            }
            int start = i;
            int head = -1;
            boolean negated = false;
            boolean sawBe = false;
            String modal = null;
            int j = startsInfinitive ? i + 1 : i;
            for (; j < to; j++) {
                Token u = tokens.get(j);
                String w = u.word().toLowerCase(Locale.ROOT);
                if (u.pos().startsWith("VB")) {
                    if (head >= 0 && !isAuxiliary(tokens.get(head))) {
                        break; // "extradited suspected militants": a second verb starts its own group
                    }
                    if (head >= 0 && isBeOrGet(tokens.get(head))) {
                        sawBe = true;
                    }
                    head = j;
                } else if (u.pos().equals("MD")) {
                    if (head >= 0) {
                        break;
                    }
                    modal = w;
                } else if (NEGATORS.contains(w) && (u.pos().equals("RB") || u.pos().equals("DT"))) {
                    if (w.equals("no") && !(j + 1 < to && tokens.get(j + 1).word().equalsIgnoreCase("longer"))) {
                        break;
                    }
                    negated = true;
                } else if (u.pos().startsWith("RB") && j + 1 < to && continuesGroup(tokens.get(j + 1))) {
                    // an adverb inside the group: "have resolutely sided", "is already coordinating"
                    continue;
                } else if (w.equals("longer") && negated) {
                    continue;
                } else if (u.pos().equals("TO") && head >= 0 && tokens.get(head).word().equalsIgnoreCase("going")
                        && j + 1 < to && tokens.get(j + 1).pos().startsWith("VB")) {
                    modal = modal == null ? "will" : modal; // "is going to visit"
                    continue;
                } else {
                    break;
                }
            }
            if (head < 0) {
                i = j > i ? j : i + 1;
                continue;
            }
            if (startsInfinitive && start > from && NEGATORS.contains(tokens.get(start - 1).word().toLowerCase(
                    Locale.ROOT))) {
                negated = true; // "an order not to let them in"
            }
            Token h = tokens.get(head);
            int end = head + 1;
            if (end < to && tokens.get(end).pos().equals("RP")) {
                end++;
            }
            boolean passive = sawBe && h.pos().equals("VBN");
            groups.add(new VerbGroup(start, end, head, negated, modal, passive, startsInfinitive));
            i = Math.max(end, head + 1);
        }
        return groups;
    }

    /**
     * A participle used as an adjective, not a verb: "extradited suspected militants", "into alleged crimes",
     * "war-torn Mozambique". It stands alone, after a determiner, adjective, preposition, possessive or hyphen
     * (or, for a past participle, a verb), and before a noun or adjective. A gerund after a verb is its
     * complement: "considering sending weapons".
     */
    static boolean adjectival(List<Token> tokens, int i, int from, int to) {
        Token t = tokens.get(i);
        if (!(t.pos().equals("VBN") || t.pos().equals("VBG")) || i + 1 >= to || i == from) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        String after = tokens.get(i + 1).pos();
        boolean nounNext = after.startsWith("NN") || after.startsWith("JJ");
        boolean modifierSlot = before.startsWith("VB") && t.pos().equals("VBN") && !isAuxiliary(tokens.get(i - 1))
                || before.equals("DT") || before.startsWith("JJ") || before.equals("IN") || before.equals("PRP$")
                || before.equals("CD") || before.equals("HYPH") || before.equals("POS");
        return nounNext && modifierSlot;
    }

    private static boolean isVerbal(Token t) {
        return t.pos().startsWith("VB") || t.pos().startsWith("RB");
    }

    private static boolean continuesGroup(Token next) {
        return next.pos().startsWith("VB") || next.pos().startsWith("RB") || next.pos().equals("MD");
    }

    private static boolean isAuxiliary(Token t) {
        String lemma = t.lemma();
        return lemma.equals("be") || lemma.equals("have") || lemma.equals("do") || lemma.equals("get")
                || t.word().equalsIgnoreCase("going");
    }

    private static boolean isBeOrGet(Token t) {
        return t.lemma().equals("be") || t.lemma().equals("get");
    }
}
