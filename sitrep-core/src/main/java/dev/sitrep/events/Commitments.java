package dev.sitrep.events;

import dev.sitrep.model.AidType;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the support commitment, if any, that an aid event or a promise or refusal of aid states. */
final class Commitments {

    /** Verbs that announce support rather than hand it over. */
    private static final Set<String> ANNOUNCING = Set.of("pledge", "promise", "offer", "allocate", "announce",
            "approve", "commit", "earmark", "propose");

    private static final Set<String> AID_WORDS = Set.of("aid", "assistance", "support", "help", "package");

    /** Words that name a currency, not what is given: "1.2 billion euros in loans" gives loans. */
    private static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars", "euro", "euros");

    private Commitments() {
    }

    /**
     * The commitment {@code event} states, or null.
     *
     * @param basis the type of the act given or promised (for "promised to send weapons", AID)
     * @param from  first token of the act's trigger
     * @param to    one past the last token of the act's object
     */
    static Commitment of(Event event, EventType basis, NlpDocument doc, int from, int to, String text) {
        if (event.source().isEmpty()) {
            return null;
        }
        boolean aidAct = basis == EventType.AID;
        boolean promiseOrRefusal = event.type() == EventType.AGREE || event.type() == EventType.REJECT;
        if (!aidAct && !(promiseOrRefusal && mentionsAid(doc, from, to))) {
            return null;
        }
        List<Amounts.Amount> amounts = Amounts.find(text, event.span().start(), event.span().end());
        Amounts.Amount amount = amounts.isEmpty() ? null : amounts.get(0);
        AidType type = aidType(doc, from, to, amount != null);
        if (type == null) {
            return null;
        }
        return new Commitment(event.source().get(0), event.target().isEmpty() ? null : event.target().get(0),
                type, what(doc, from, to), amount == null ? null : amount.value(),
                amount == null ? null : amount.currency(), status(event, doc), event.date(), event.span());
    }

    /**
     * CAMEO's code for providing the aid named in tokens {@code [from, to)}: 071 economic, 072 military, 073
     * humanitarian, 070 when the words do not say.
     */
    static String aidCode(NlpDocument doc, int from, int to) {
        AidType type = aidType(doc, from, to, false);
        if (type == null) {
            return "070";
        }
        return switch (type) {
            case FINANCIAL -> "071";
            case MILITARY -> "072";
            case HUMANITARIAN -> "073";
        };
    }

    private static boolean mentionsAid(NlpDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = doc.token(k).lemma().toLowerCase(Locale.ROOT);
            if (AID_WORDS.contains(w) || Words.MILITARY.contains(w) || Words.HUMANITARIAN.contains(w)
                    || Words.FINANCIAL.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static AidType aidType(NlpDocument doc, int from, int to, boolean hasAmount) {
        boolean military = false;
        boolean humanitarian = false;
        boolean financial = hasAmount;
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            military |= Words.MILITARY.contains(w) || Words.MILITARY.contains(lemma);
            humanitarian |= Words.HUMANITARIAN.contains(w) || Words.HUMANITARIAN.contains(lemma);
            financial |= Words.FINANCIAL.contains(w) || Words.FINANCIAL.contains(lemma);
        }
        return military ? AidType.MILITARY : humanitarian ? AidType.HUMANITARIAN
                : financial ? AidType.FINANCIAL : null;
    }

    /**
     * What is given, as worded: the first phrase that names support, with its modifiers ("military aid",
     * "weapons", "loans", "medicine"); else the first noun phrase after the trigger.
     */
    private static String what(NlpDocument doc, int from, int to) {
        int head = -1;
        for (int k = from + 1; k < to && head < 0; k++) {
            Token t = doc.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean names = AID_WORDS.contains(lemma) || Words.MILITARY.contains(w) || Words.MILITARY.contains(lemma)
                    || Words.HUMANITARIAN.contains(w) || Words.HUMANITARIAN.contains(lemma)
                    || Words.FINANCIAL.contains(w) && !CURRENCY_WORDS.contains(w);
            if (t.isNoun() && names) {
                head = k;
            }
        }
        for (int k = from + 1; k < to && head < 0; k++) {
            if (doc.token(k).isNoun()) {
                head = k;
            }
        }
        if (head < 0) {
            return doc.token(from).lemma();
        }
        int start = head;
        while (start - 1 > from && (doc.token(start - 1).pos().startsWith("JJ") || doc.token(start - 1).isNoun()
                || doc.token(start - 1).pos().equals("HYPH"))) {
            start--;
        }
        int end = head + 1;
        while (end < to && doc.token(end).isNoun()) {
            end++;
        }
        return doc.text().substring(doc.token(start).start(), doc.token(end - 1).end());
    }

    private static CommitmentStatus status(Event event, NlpDocument doc) {
        if (event.type() == EventType.REJECT || event.mode() == EventMode.NEGATED) {
            return CommitmentStatus.REFUSED;
        }
        if (event.mode() == EventMode.HYPOTHETICAL) {
            return CommitmentStatus.CONSIDERED;
        }
        if (event.mode() == EventMode.FUTURE || event.type() == EventType.AGREE) {
            return CommitmentStatus.PLEDGED;
        }
        String trigger = event.trigger().toLowerCase(Locale.ROOT).split(" ")[0];
        for (Token t : doc.tokensIn(event.triggerSpan())) {
            trigger = t.lemma().toLowerCase(Locale.ROOT);
            break;
        }
        return ANNOUNCING.contains(trigger) ? CommitmentStatus.PLEDGED : CommitmentStatus.DELIVERED;
    }
}
