package dev.sitrep.events;

import dev.sitrep.model.Commitment;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import dev.sitrep.kb.KnowledgeBase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Codes the political events and support commitments of an analysed article. It reads CoreNLP's tags and
 * lemmas and Sitrep's entities and quotes, finds verb groups and event nouns that match the lexicon
 * ({@code patterns.tsv}), and takes each event's source from the clause's subject (or the governing clause's,
 * or the quote's speaker), its target from the object or the prepositions the pattern names, and its mode from
 * negation, modals, conditions and governing verbs. Immutable and safe to share between threads.
 */
public final class EventCoder {

    /** What the coder found in one article. */
    public record Result(List<Event> events, List<Commitment> commitments) {
    }

    /**
     * Types whose complement is an act, not an event of its own: "agreed to send", "demanded that", "refused to
     * meet", "accused X of shelling", "ordered the paper to close".
     */
    private static final Set<EventType> EMBEDDING = Set.of(EventType.AGREE, EventType.REQUEST, EventType.REJECT,
            EventType.THREATEN, EventType.ACCUSE, EventType.COERCE);
    /**
     * Types that are done to someone: when the pattern's own places name no target, the first other actor the
     * clause names after the trigger is taken ("condemns the visit to Crimea by Russia's president").
     */
    private static final Set<EventType> DIRECTED = Set.of(EventType.ACCUSE, EventType.REJECT, EventType.REQUEST,
            EventType.SANCTION, EventType.ASSAULT, EventType.COERCE, EventType.THREATEN, EventType.SUPPORT,
            EventType.AGREE, EventType.CONSULT, EventType.COOPERATE, EventType.AID, EventType.CONCEDE, EventType.MOBILIZE,
            EventType.RETREAT);
    /** Words that open a subordinate clause; a subject does not reach back past them. */
    private static final Set<String> SUBORDINATORS = Set.of("unless", "if", "because", "when", "while",
            "although", "though", "after", "before", "since", "until", "whereas", "once");
    /** Verbs whose bare clause complement is demanded: "demanded Hamas renounce violence". */
    private static final Set<String> DEMANDING = Set.of("demand", "insist", "urge", "ask", "request");
    /** Verbs of deciding: "agreed to extend sanctions" decides the act rather than threatening it. */
    private static final Set<String> DECISIONS = Set.of("agree", "decide", "vote", "approve", "resolve");
    /** Where a complement names the one it acts on, in order. */
    private static final List<String> COMPLEMENT_SLOTS = List.of("obj", "to", "with", "on", "against", "from",
            "for", "in");

    private final EventPatterns patterns;
    private final KnowledgeBase kb;

    /** A coder with the bundled lexicon that reads actors' codes through the built-in knowledge base. */
    public EventCoder() {
        this(KnowledgeBase.builtIn());
    }

    /** A coder with the bundled lexicon that reads actors' codes through {@code kb}. */
    public EventCoder(KnowledgeBase kb) {
        this(EventPatterns.load(), kb);
    }

    EventCoder(EventPatterns patterns, KnowledgeBase kb) {
        this.patterns = patterns;
        this.kb = kb;
    }

    /** Codes one article. {@code entities} and {@code quotes} are the extraction's for the same text. */
    public Result code(SourceDocument source, NlpDocument doc, List<Entity> entities, List<Quote> quotes) {
        return new Run(source, doc, new Actors(doc, entities, quotes, kb)).code();
    }

    /** An event found in a clause, before it is finished (an embedded act can still change its code). */
    private static final class Coded {
        final EventPattern pattern;
        final int triggerStart;
        final int triggerEnd;
        final int objectStart;
        final int objectEnd;
        List<EntityRef> source;
        List<EntityRef> target;
        EventMode mode;
        String cameo;
        int evidenceStart;
        int evidenceEnd;
        int clauseEnd;
        EntityRef location;
        Coded embedded;
        boolean suppressed;
        EventType type;

        Coded(EventPattern pattern, int triggerStart, int triggerEnd, int objectStart, int objectEnd) {
            this.pattern = pattern;
            this.type = pattern.type();
            this.triggerStart = triggerStart;
            this.triggerEnd = triggerEnd;
            this.objectStart = objectStart;
            this.objectEnd = objectEnd;
        }

        EventType type() {
            return type;
        }
    }

    /** The work on one article. */
    private final class Run {
        private final SourceDocument source;
        private final NlpDocument doc;
        private final List<Token> tokens;
        private final Actors actors;
        private final LocalDate articleDate;
        private final List<Coded> found = new ArrayList<>();

        Run(SourceDocument source, NlpDocument doc, Actors actors) {
            this.source = source;
            this.doc = doc;
            this.tokens = doc.tokens();
            this.actors = actors;
            this.articleDate = dateOf(source.published());
        }

        Result code() {
            List<Event> events = new ArrayList<>();
            List<Commitment> commitments = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                found.clear();
                List<VerbGroup> groups = VerbGroup.find(tokens, s.firstToken(), s.endToken());
                Coded[] coded = new Coded[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    coded[g] = verbEvent(s, groups, g, coded);
                }
                nounEvents(s, groups);
                Set<String> seen = new HashSet<>();
                for (Coded c : found) {
                    if (c.suppressed) {
                        continue;
                    }
                    c.source = located(c.source, c.location);
                    boolean self = c.pattern.targets().contains("self")
                            || c.embedded != null && c.embedded.pattern.targets().contains("self");
                    if (c.target.isEmpty() && !c.source.isEmpty() && self) {
                        EntityRef home = actors.country(c.source.get(0).code());
                        c.target = home == null ? List.of() : List.of(home);
                    }
                    if (c.target.isEmpty() && !c.source.isEmpty() && !self && DIRECTED.contains(c.type())) {
                        c.target = clauseActor(c);
                    }
                    c.target = domestic(c.target, c.source);
                    if (c.source.isEmpty() && c.target.isEmpty()) {
                        continue; // "Asked whether ...": an act of nobody on nobody is no event data
                    }
                    Event e = finish(s, c);
                    String key = e.type() + "|" + e.mode() + "|" + codes(e.source()) + "|" + codes(e.target());
                    if (seen.add(key)) {
                        events.add(e);
                        Coded act = c.embedded == null ? c : c.embedded;
                        Commitment commitment = Commitments.of(e, act.type(), doc, c.triggerStart,
                                Math.max(act.clauseEnd, act.triggerEnd), source.text());
                        if (commitment != null) {
                            commitments.add(commitment);
                        }
                    }
                }
            }
            return new Result(events, commitments);
        }

        // ---- verbs -------------------------------------------------------------------------------------

        private Coded verbEvent(Sentence s, List<VerbGroup> groups, int gi, Coded[] coded) {
            VerbGroup g = groups.get(gi);
            Token head = tokens.get(g.head());
            int limit = gi + 1 < groups.size() ? groups.get(gi + 1).start() : s.endToken();
            if ("must".equals(g.modal()) && gi > 0 && governed(groups, gi) && !g.negated()) {
                Coded demand = reportedDemand(s, groups, gi, limit);
                if (demand != null) {
                    return demand;
                }
            }
            for (EventPattern p : patterns.forVerb(head.lemma().toLowerCase(Locale.ROOT))) {
                int triggerEnd = matchFollowing(p, g.head(), limit);
                if (triggerEnd < 0) {
                    continue;
                }
                int objectStart = afterTimePhrase(Math.max(triggerEnd, g.end()), limit);
                int objectEnd = objectEnd(objectStart, limit);
                int[] subject = subject(s, g);
                Map<String, List<int[]>> slots = slots(objectStart, objectEnd, limit);
                if (p.needsObject() && !mentions(p.objects(), objectStart, objectEnd)
                        && !(g.passive() && mentions(p.objects(), subject[0], subject[1]))
                        && !(objectStart == objectEnd && firstPhraseMentions(p.objects(), slots, objectEnd))
                        && !embeddedObject(p, groups, gi, s)) {
                    continue;
                }
                if (g.passive()) {
                    slots.put("obj", List.of(subject));
                }
                List<EntityRef> target = target(p, slots);
                if (target.isEmpty() && EMBEDDING.contains(p.type())) {
                    target = complementTarget(groups, gi, s);
                }
                if (target.isEmpty() && p.type() == EventType.THREATEN) {
                    target = conditionSubject(groups, gi, s); // "threatened a strike unless Israel rescinded"
                }
                List<EntityRef> src;
                int evidenceStart;
                if (g.passive()) {
                    src = actorsIn(slots, "by");
                    evidenceStart = subject[0];
                } else {
                    boolean own = ownSubject(s, g);
                    src = own ? actors.in(subject[0], subject[1]) : List.of();
                    evidenceStart = src.isEmpty() ? g.start() : subject[0];
                    if (src.isEmpty() && (!own || !nounBefore(g))) {
                        src = inheritedSource(s, groups, gi);
                    }
                }
                target = without(target, src);
                if (target.isEmpty() && p.targetRequired() && !(src.size() > 1 && p.targets().contains("with"))) {
                    continue;
                }
                if (p.name().equals("demonstrate") && !collectiveSubject(g, src)) {
                    continue; // one person "protested against a decision": a complaint, not a demonstration
                }
                Coded c = new Coded(p, g.head(), triggerEnd, objectStart, objectEnd);
                c.source = src;
                c.target = target;
                c.mode = mode(s, groups, gi, coded);
                c.cameo = p.type() == EventType.AID && p.cameo().equals("070")
                        ? Commitments.aidCode(doc, objectStart, objectEnd) : p.cameo();
                c.evidenceStart = Math.min(evidenceStart, g.start());
                c.evidenceEnd = Math.max(triggerEnd, lastEnd(slots, objectEnd));
                c.clauseEnd = limit;
                c.location = location(s, c.evidenceStart, limit, p, target);
                embed(groups, gi, coded, c);
                adjustCameo(s, c, g);
                found.add(c);
                return c;
            }
            return null;
        }

        /** "X said that Libya must hand over the suspects": a request from the speaker to the clause's subject. */
        private Coded reportedDemand(Sentence s, List<VerbGroup> groups, int gi, int limit) {
            VerbGroup g = groups.get(gi);
            VerbGroup reporting = groups.get(gi - 1);
            if (!Words.REPORTING.contains(tokens.get(reporting.head()).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int[] subj = subject(s, g);
            List<EntityRef> target = actors.in(subj[0], subj[1]);
            if (target.isEmpty()) {
                return null;
            }
            int[] speakerSubject = subject(s, reporting);
            List<EntityRef> src = actors.in(speakerSubject[0], speakerSubject[1]);
            if (src.isEmpty()) {
                src = inheritedSource(s, groups, gi - 1);
            }
            int modal = g.start();
            while (modal < g.end() && !tokens.get(modal).pos().equals("MD")) {
                modal++;
            }
            EventPattern p = patterns.forVerb("must").get(0);
            Coded c = new Coded(p, modal, modal + 1, g.end(), objectEnd(g.end(), limit));
            c.source = without(src, target);
            c.target = target;
            c.mode = EventMode.ASSERTED;
            c.cameo = p.cameo();
            c.evidenceStart = Math.min(speakerSubject[0], subj[0]);
            c.evidenceEnd = Math.max(c.objectEnd, g.end());
            c.clauseEnd = limit;
            c.location = null;
            found.add(c);
            return c;
        }

        /** Whether the subject is many: a plural noun, or several actors, or a group, organisation or state. */
        private boolean collectiveSubject(VerbGroup g, List<EntityRef> src) {
            String pos = g.start() > 0 ? tokens.get(g.start() - 1).pos() : "";
            if (pos.equals("NNS") || pos.equals("NNPS") || src.size() > 1) {
                return true;
            }
            Entity e = src.isEmpty() ? null : actors.entity(src.get(0).entity());
            return e != null && e.type() != EntityType.PERSON && !pos.equals("NN");
        }

        /** Where the words after the verb that the pattern needs ("call on") end, or -1 if they are not there. */
        private int matchFollowing(EventPattern p, int head, int limit) {
            int k = head + 1;
            if (p.words().size() > 1) {
                while (k < limit && tokens.get(k).ner().equals("DATE")) {
                    k++; // "called Thursday on Arabs"
                }
            }
            for (int w = 1; w < p.words().size(); w++, k++) {
                if (k >= tokens.size() || k > limit + 1
                        || !tokens.get(k).word().toLowerCase(Locale.ROOT).equals(p.words().get(w))) {
                    return -1;
                }
            }
            return k;
        }

        /** "engaged in ethnic cleansing": with no object, the first prepositional phrase holds the noun. */
        private boolean firstPhraseMentions(Set<String> words, Map<String, List<int[]>> slots, int at) {
            if (at >= tokens.size()) {
                return false;
            }
            List<int[]> ranges = slots.getOrDefault(tokens.get(at).word().toLowerCase(Locale.ROOT), List.of());
            return !ranges.isEmpty() && ranges.get(0)[0] == at + 1
                    && mentions(words, ranges.get(0)[0], ranges.get(0)[1]);
        }

        /**
         * The target of a promise, request, refusal or threat whose complement names it: "threatened to cut off
         * electricity to Nakhichevan", "reiterated that Libya must hand over the suspects".
         */
        private List<EntityRef> complementTarget(List<VerbGroup> groups, int gi, Sentence s) {
            if (gi + 1 >= groups.size() || !governed(groups, gi + 1)) {
                return List.of();
            }
            VerbGroup next = groups.get(gi + 1);
            if (!next.infinitive()) {
                int[] subj = subject(s, next);
                List<EntityRef> refs = actors.in(subj[0], subj[1]);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
            int limit = gi + 2 < groups.size() ? groups.get(gi + 2).start() : s.endToken();
            int objectEnd = objectEnd(next.end(), limit);
            Map<String, List<int[]>> slots = slots(next.end(), objectEnd, limit);
            for (String slot : COMPLEMENT_SLOTS) {
                List<EntityRef> refs = actorsIn(slots, slot);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
            return List.of();
        }

        /** The subject of an "unless" clause after group {@code gi}: who a threat is aimed at. */
        private List<EntityRef> conditionSubject(List<VerbGroup> groups, int gi, Sentence s) {
            for (int k = groups.get(gi).end(); k < s.endToken(); k++) {
                if (tokens.get(k).word().equalsIgnoreCase("unless")) {
                    int end = k + 1;
                    while (end < s.endToken() && !tokens.get(end).pos().startsWith("VB")
                            && !tokens.get(end).pos().equals("MD")) {
                        end++;
                    }
                    return actors.in(k + 1, end);
                }
            }
            return List.of();
        }

        /** Skips a time phrase between a verb and its object: "had on Friday, an important meeting". */
        private int afterTimePhrase(int k, int limit) {
            if (k + 1 >= limit || !tokens.get(k).pos().equals("IN") || !tokens.get(k + 1).ner().equals("DATE")) {
                return k;
            }
            int j = k + 1;
            while (j < limit && tokens.get(j).ner().equals("DATE")) {
                j++;
            }
            return j < limit && tokens.get(j).word().equals(",") ? j + 1 : j;
        }

        /** For "failed to reach agreement": the object the pattern needs may belong to the infinitive. */
        private boolean embeddedObject(EventPattern p, List<VerbGroup> groups, int gi, Sentence s) {
            if (gi + 1 >= groups.size() || !groups.get(gi + 1).infinitive()
                    || groups.get(gi + 1).start() != groups.get(gi).end()) {
                return false;
            }
            VerbGroup next = groups.get(gi + 1);
            int limit = gi + 2 < groups.size() ? groups.get(gi + 2).start() : s.endToken();
            return mentions(p.objects(), next.end(), objectEnd(next.end(), limit));
        }

        /** The embedded act of a commitment, request, refusal or threat becomes part of it, not an event. */
        private void embed(List<VerbGroup> groups, int gi, Coded[] coded, Coded c) {
            if (gi == 0 || !governed(groups, gi)) {
                return;
            }
            Coded governor = coded[gi - 1];
            if (governor == null || governor.embedded != null) {
                return;
            }
            EventType gt = governor.type();
            boolean protestDemand = gt == EventType.PROTEST
                    && (c.type() == EventType.REQUEST || c.type() == EventType.ACCUSE);
            boolean refusal = governor.cameo.startsWith("12"); // "would not meet demands to release"
            if (!EMBEDDING.contains(gt) && !protestDemand && !refusal) {
                return;
            }
            c.suppressed = true;
            governor.embedded = c;
            if (governor.target.isEmpty()) {
                governor.target = without(c.target, governor.source);
            }
            governor.evidenceEnd = Math.max(governor.evidenceEnd, c.evidenceEnd);
            if (governor.location == null) {
                governor.location = c.location;
            }
            switch (gt) {
                case AGREE -> {
                    if (c.type().isConflict() && DECISIONS.contains(lemma(governor.triggerStart))) {
                        // "the EU agreed to extend sanctions": a decision to act, coded as the act itself
                        c.suppressed = false;
                        governor.suppressed = true;
                        governor.embedded = null;
                        return;
                    }
                    governor.cameo = Cameo.intent(c.type(), c.cameo, governor.cameo);
                    if (c.type().isConflict() && governor.cameo.startsWith("13")) {
                        governor.type = EventType.THREATEN; // "is prepared to impose martial law"
                    }
                }
                case REJECT -> governor.cameo = Cameo.refusal(c.type(), governor.cameo);
                case THREATEN -> governor.cameo = c.type().isConflict()
                        ? Cameo.intent(c.type(), c.cameo, governor.cameo) : governor.cameo;
                default -> { }
            }
        }

        private String lemma(int token) {
            return tokens.get(token).lemma().toLowerCase(Locale.ROOT);
        }

        private void adjustCameo(Sentence s, Coded c, VerbGroup g) {
            boolean obliged = "must".equals(g.modal()) || "should".equals(g.modal()); // others' demand, not intent
            boolean promised = c.mode == EventMode.FUTURE
                    || c.mode == EventMode.HYPOTHETICAL && !conditional(s, g) && !obliged;
            if (promised && !c.type().isConflict() && conditionFollows(s, g)) {
                c.cameo = "139"; // "will withdraw its force unless ...": an ultimatum
            } else if (promised) {
                c.cameo = Cameo.intent(c.type(), c.cameo, c.cameo);
            } else if (c.mode == EventMode.NEGATED && g.modal() != null) {
                c.cameo = Cameo.refusal(c.type(), c.cameo);
            }
        }

        // ---- nouns -------------------------------------------------------------------------------------

        private void nounEvents(Sentence s, List<VerbGroup> groups) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (!t.isNoun() || covered(i)) {
                    continue;
                }
                List<EventPattern> candidates = patterns.forNoun(t.lemma().toLowerCase(Locale.ROOT));
                if (candidates.isEmpty()) {
                    candidates = patterns.forNoun(t.word().toLowerCase(Locale.ROOT));
                }
                for (EventPattern p : candidates) {
                    int first = matchPreceding(p, i);
                    if (first < 0) {
                        continue;
                    }
                    int limit = nextGroupStart(groups, i, s);
                    int left = i;
                    while (left - 1 >= s.firstToken() && i - left < 6 && modifier(tokens.get(left - 1))) {
                        left--;
                    }
                    Map<String, List<int[]>> slots = slots(i + 1, i + 1, limit);
                    List<EntityRef> src = actors.in(left, first);
                    if (src.isEmpty()) {
                        src = actorsIn(slots, "of");
                    }
                    if (src.isEmpty()) {
                        src = actorsIn(slots, "by");
                    }
                    if (src.isEmpty()) {
                        continue;
                    }
                    List<EntityRef> target = without(target(p, slots), src);
                    Coded c = new Coded(p, first, i + 1, i + 1, i + 1);
                    c.source = src;
                    c.target = target;
                    c.mode = nounMode(s, groups, left);
                    c.cameo = c.mode == EventMode.HYPOTHETICAL ? Cameo.intent(p.type(), p.cameo(), p.cameo()) : p.cameo();
                    c.evidenceStart = left;
                    c.evidenceEnd = Math.max(i + 1, lastEnd(slots, i + 1));
                    c.clauseEnd = limit;
                    c.location = location(s, left, limit, p, target);
                    found.add(c);
                    break;
                }
            }
        }

        /**
         * The first actor other than the source that the clause names after the trigger, as a target; never one in
         * a "for" phrase, which names a beneficiary or a price ("handed over prisoners in exchange for Ukrainian
         * hostages"), not the counterpart.
         */
        private List<EntityRef> clauseActor(Coded c) {
            int end = Math.min(c.clauseEnd, tokens.size());
            boolean forPhrase = false;
            for (int k = c.triggerEnd; k < end; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals("for")) {
                    forPhrase = true;
                    continue;
                }
                if (forPhrase && phraseBoundary(k, true)) {
                    forPhrase = false;
                }
                Entity e = actors.at(k);
                if (forPhrase || e == null || e.type() == EntityType.LOCATION) {
                    continue;
                }
                List<EntityRef> refs = without(actors.in(k, k + 1), c.source);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
            return List.of();
        }

        private boolean covered(int i) {
            for (Coded c : found) {
                if (i >= c.triggerStart && i < Math.max(c.triggerEnd, c.objectEnd)) {
                    return true;
                }
                if (c.embedded != null && i >= c.embedded.triggerStart
                        && i < Math.max(c.embedded.triggerEnd, c.embedded.objectEnd)) {
                    return true;
                }
            }
            return false;
        }

        private int matchPreceding(EventPattern p, int noun) {
            int k = noun;
            for (int w = p.words().size() - 2; w >= 0; w--) {
                k--;
                if (k < 0 || !tokens.get(k).word().toLowerCase(Locale.ROOT).equals(p.words().get(w))) {
                    return -1;
                }
            }
            return k;
        }

        private EventMode nounMode(Sentence s, List<VerbGroup> groups, int left) {
            for (int k = left - 1; k >= Math.max(s.firstToken(), left - 4); k--) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
                if (Words.PREVENTIVE.contains(w) || Words.PREVENTIVE.contains(lemma)) {
                    return EventMode.HYPOTHETICAL;
                }
            }
            for (VerbGroup g : groups) {
                if (g.end() <= left && left - g.end() <= 4 && g.negated()) {
                    return EventMode.NEGATED;
                }
            }
            return EventMode.ASSERTED;
        }

        // ---- modes -------------------------------------------------------------------------------------

        private EventMode mode(Sentence s, List<VerbGroup> groups, int gi, Coded[] coded) {
            VerbGroup g = groups.get(gi);
            if (g.negated()) {
                return EventMode.NEGATED;
            }
            if (g.modal() != null) {
                if (g.future()) {
                    return conditionFollows(s, g) || conditionBefore(s, g) ? EventMode.HYPOTHETICAL : EventMode.FUTURE;
                }
                if (g.modal().equals("would") || g.modal().equals("'d")) {
                    return reportedBefore(groups, gi) ? EventMode.FUTURE : EventMode.HYPOTHETICAL;
                }
                return EventMode.HYPOTHETICAL; // could, may, might, should, must: not (yet) done
            }
            if (conditional(s, g)) {
                return EventMode.HYPOTHETICAL;
            }
            if (gi > 0 && governed(groups, gi)) {
                VerbGroup gp = groups.get(gi - 1);
                String lemma = tokens.get(gp.head()).lemma().toLowerCase(Locale.ROOT);
                String next = gp.end() < tokens.size() ? tokens.get(gp.end()).word().toLowerCase(Locale.ROOT) : "";
                if (lemma.equals("rule") && gp.negated()) {
                    return EventMode.HYPOTHETICAL;
                }
                if (gp.negated()) {
                    return EventMode.NEGATED;
                }
                if (Words.HYPOTHETICAL_GOVERNORS.contains(lemma)) {
                    return EventMode.HYPOTHETICAL;
                }
                if (Words.FUTURE_GOVERNORS.contains(lemma) || Words.FUTURE_GOVERNORS.contains(next)) {
                    return EventMode.FUTURE;
                }
                if (Words.ASPECT_GOVERNORS.contains(lemma)) {
                    return mode(s, groups, gi - 1, coded);
                }
                EventMode inherited = mode(s, groups, gi - 1, coded);
                if (inherited != EventMode.ASSERTED) {
                    return inherited;
                }
                if (g.infinitive()) {
                    return EventMode.FUTURE;
                }
            }
            if (possibility(s, g)) {
                return EventMode.HYPOTHETICAL;
            }
            return EventMode.ASSERTED;
        }

        /** Whether group {@code gi} is the complement of the group before it: "agreed to send", "said that". */
        private boolean governed(List<VerbGroup> groups, int gi) {
            VerbGroup g = groups.get(gi);
            VerbGroup gp = groups.get(gi - 1);
            if (g.infinitive() || tokens.get(g.head()).pos().equals("VBG") && g.start() == g.head()) {
                for (int k = gp.end(); k < g.start(); k++) {
                    String w = tokens.get(k).word();
                    if (w.equals(";") || w.equals(":") || w.equals(",") && k > gp.end()) {
                        return false;
                    }
                }
                return g.start() - gp.end() <= 10;
            }
            boolean reporting = Words.REPORTING.contains(lemma(gp.head())) || DEMANDING.contains(lemma(gp.head()));
            for (int k = gp.end(); k < g.start(); k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals(";") || reporting && (w.equals(",") || quoteMark(w))) {
                    return false;
                }
                if (w.equals("that") && tokens.get(k).pos().equals("IN")) {
                    return true;
                }
            }
            return reporting && g.start() - gp.end() <= 8; // "Estonia said Russia must withdraw"
        }

        private boolean reportedBefore(List<VerbGroup> groups, int gi) {
            for (int k = 0; k < gi; k++) {
                if (Words.REPORTING.contains(tokens.get(groups.get(k).head()).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        private boolean conditional(Sentence s, VerbGroup g) {
            for (int k = g.start() - 1; k >= s.firstToken(); k--) {
                Token t = tokens.get(k);
                String w = t.word().toLowerCase(Locale.ROOT);
                if (w.equals(",") || w.equals(";")) {
                    return false;
                }
                if (Words.CONDITIONS.contains(w) && (t.pos().equals("IN") || w.equals("unless"))) {
                    return true;
                }
            }
            return false;
        }

        /** "If Russia invades, the US will impose sanctions": the sentence opens with a condition. */
        private boolean conditionBefore(Sentence s, VerbGroup g) {
            for (int k = s.firstToken(); k < g.start(); k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if ((w.equals("if") || w.equals("unless")) && tokens.get(k).pos().equals("IN")) {
                    return true;
                }
            }
            return false;
        }

        /** "... unless they withdraw": a condition follows the verb group in its sentence. */
        private boolean conditionFollows(Sentence s, VerbGroup g) {
            for (int k = g.end(); k < s.endToken(); k++) {
                if (tokens.get(k).word().equalsIgnoreCase("unless")) {
                    return true;
                }
            }
            return false;
        }

        private boolean possibility(Sentence s, VerbGroup g) {
            for (int k = g.start() - 1; k >= Math.max(s.firstToken(), g.start() - 6); k--) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals("possibility") || w.equals("option") || w.equals("prospect")) {
                    return true;
                }
            }
            return false;
        }

        // ---- clause structure --------------------------------------------------------------------------

        /** The tokens before a verb group that hold its subject, {@code [from, to)}. */
        private int[] subject(Sentence s, VerbGroup g) {
            int k = g.start() - 1;
            while (k >= s.firstToken()) {
                if (closesParenthesis(tokens.get(k))) {
                    int open = k - 1;
                    while (open >= s.firstToken() && !opensParenthesis(tokens.get(open))) {
                        open--;
                    }
                    if (open >= s.firstToken()) {
                        k = open - 1; // "The International Labor Office (ILO) reiterated"
                        continue;
                    }
                }
                if (!VerbGroup.adjectival(tokens, k, s.firstToken(), s.endToken()) && subjectBoundary(tokens.get(k))) {
                    break;
                }
                k--;
            }
            int from = k + 1;
            if (from == g.start() && k >= s.firstToken() && isRelative(tokens.get(k))) {
                // "Germany, which refused to provide weapons": the subject is the phrase before "which"
                int end = k > s.firstToken() && tokens.get(k - 1).word().equals(",") ? k - 1 : k;
                int start = end;
                while (start - 1 >= s.firstToken() && !subjectBoundary(tokens.get(start - 1))
                        && !tokens.get(start - 1).word().equals(",")) {
                    start--;
                }
                return new int[] {start, end};
            }
            for (int c = g.start() - 1; c > from; c--) {
                if (tokens.get(c).word().equals(",") && !actors.in(c + 1, g.start()).isEmpty()
                        && !listComma(c, g.start())) {
                    from = c + 1;
                    break;
                }
            }
            return new int[] {from, g.start()};
        }

        /** A comma in "Canada, Poland and the Baltic states": an "and" follows before the verb. */
        private boolean listComma(int comma, int end) {
            for (int k = comma + 1; k < end; k++) {
                if (tokens.get(k).word().equals("and")) {
                    return true;
                }
            }
            return false;
        }

        private boolean subjectBoundary(Token t) {
            String p = t.pos();
            String w = t.word().toLowerCase(Locale.ROOT);
            if (p.equals("IN") && SUBORDINATORS.contains(w)
                    || p.equals("CC") && t.index() > 0 && tokens.get(t.index() - 1).word().equals(",")) {
                return true; // "... unless Moscow releases", "..., and the airport was closed"
            }
            return p.startsWith("VB") || p.equals("MD") || p.equals("WDT") || p.equals("WP")
                    || w.equals("that") && p.equals("IN") || w.equals(";") || w.equals(":") || quoteMark(w)
                    || w.equals("-lrb-") || w.equals("-rrb-") || w.equals("(") || w.equals(")");
        }

        private boolean isRelative(Token t) {
            String w = t.word().toLowerCase(Locale.ROOT);
            return (t.pos().equals("WDT") || t.pos().equals("WP")) && (w.equals("which") || w.equals("who")
                    || w.equals("that"));
        }

        private boolean closesParenthesis(Token t) {
            return t.word().equals(")") || t.word().equalsIgnoreCase("-rrb-");
        }

        private boolean opensParenthesis(Token t) {
            return t.word().equals("(") || t.word().equalsIgnoreCase("-lrb-");
        }

        private boolean quoteMark(String w) {
            return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”")
                    || w.equals("‘") || w.equals("’");
        }

        /**
         * Whether the verb group can have its own subject: not an infinitive, not after a preposition ("in
         * defending") nor as the second verb of a coordination ("did not rule out ... but did not provide").
         */
        private boolean ownSubject(Sentence s, VerbGroup g) {
            if (g.infinitive()) {
                return false;
            }
            if (g.start() == s.firstToken()) {
                return true;
            }
            Token before = tokens.get(g.start() - 1);
            return !(before.pos().equals("IN") && !before.word().equalsIgnoreCase("that")
                    || before.pos().equals("CC"));
        }

        /**
         * Whether a noun stands right before the verb group as its subject ("forces have retaken"). A pronoun the
         * extraction did not resolve does not count: its antecedent is likely the governing clause's subject
         * ("Uganda said it had paid").
         */
        private boolean nounBefore(VerbGroup g) {
            return g.start() > 0 && tokens.get(g.start() - 1).pos().startsWith("NN");
        }

        /** The source of a subjectless clause: the governing clause's subject, else the quote's speaker. */
        private List<EntityRef> inheritedSource(Sentence s, List<VerbGroup> groups, int gi) {
            for (int k = gi - 1; k >= 0 && k >= gi - 3; k--) {
                int[] subj = subject(s, groups.get(k));
                List<EntityRef> refs = actors.in(subj[0], subj[1]);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
            Entity speaker = actors.speakerAt(tokens.get(groups.get(gi).head()).start());
            return speaker == null ? List.of() : List.of(actors.ref(speaker));
        }

        /** Where the object after a verb ends: at a preposition, verb, clause word or punctuation. */
        private int objectEnd(int from, int limit) {
            int k = from;
            while (k < limit && !phraseBoundary(k, true)) {
                k++;
            }
            return k;
        }

        private boolean phraseBoundary(int k, boolean atPreposition) {
            Token t = tokens.get(k);
            if (VerbGroup.adjectival(tokens, k, 0, tokens.size())) {
                return false;
            }
            String p = t.pos();
            String w = t.word().toLowerCase(Locale.ROOT);
            if (atPreposition && (p.equals("IN") || p.equals("TO")) && !w.equals("of")) {
                return true;
            }
            return p.startsWith("VB") || p.equals("MD") || p.equals("WDT") || p.equals("WP") || w.equals(",")
                    || w.equals(";") || w.equals(":") || w.equals(".") || quoteMark(w) || w.equals("-lrb-")
                    || w.equals("(") || w.equals("that");
        }

        /** The object and each preposition's phrase after a verb, up to the clause's end. */
        private Map<String, List<int[]>> slots(int objectStart, int objectEnd, int limit) {
            Map<String, List<int[]>> slots = new HashMap<>();
            slots.computeIfAbsent("obj", x -> new ArrayList<>()).add(new int[] {objectStart, objectEnd});
            int k = objectEnd;
            while (k < limit) {
                Token t = tokens.get(k);
                if (!(t.pos().equals("IN") || t.pos().equals("TO"))) {
                    break;
                }
                String prep = t.word().toLowerCase(Locale.ROOT);
                int start = k + 1;
                int end = start;
                while (end < limit && !phraseBoundary(end, true)) {
                    end++;
                }
                if (prep.equals("between") || prep.equals("from") && end < limit
                        && tokens.get(end).word().equalsIgnoreCase("to")) {
                    // "between X and Y", "from France to Germany": the phrase runs on
                    while (end < limit && !phraseBoundary(end, false)) {
                        end++;
                    }
                }
                slots.computeIfAbsent(prep, x -> new ArrayList<>()).add(new int[] {start, end});
                if (end == start) {
                    break;
                }
                k = end;
            }
            return slots;
        }

        private List<EntityRef> target(EventPattern p, Map<String, List<int[]>> slots) {
            for (String slot : p.targets()) {
                List<EntityRef> refs = actorsIn(slots, slot);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
            return List.of();
        }

        /** The actors of the first phrase in {@code slot} that names any. */
        private List<EntityRef> actorsIn(Map<String, List<int[]>> slots, String slot) {
            for (int[] range : slots.getOrDefault(slot, List.of())) {
                List<EntityRef> refs = actors.in(range[0], range[1]);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
            return List.of();
        }

        private boolean mentions(Set<String> words, int from, int to) {
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                String word = t.word().toLowerCase(Locale.ROOT);
                if (words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(word)
                        || word.endsWith("s") && words.contains(word.substring(0, word.length() - 1))) {
                    return true; // CoreNLP leaves some plurals unlemmatised: "troops", sentence-initial "Sanctions"
                }
            }
            return false;
        }

        private boolean modifier(Token t) {
            String p = t.pos();
            return p.startsWith("JJ") || p.startsWith("NN") || p.equals("POS") || p.equals("PRP$") || p.equals("DT")
                    || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") && t.word().contains("-");
        }

        private int nextGroupStart(List<VerbGroup> groups, int i, Sentence s) {
            for (VerbGroup g : groups) {
                if (g.start() > i) {
                    return g.start();
                }
            }
            return s.endToken();
        }

        private int lastEnd(Map<String, List<int[]>> slots, int fallback) {
            int end = fallback;
            for (List<int[]> ranges : slots.values()) {
                for (int[] r : ranges) {
                    end = Math.max(end, r[1]);
                }
            }
            return end;
        }

        /** The place the clause names with "in", "at" or "near", or the city visited. */
        private EntityRef location(Sentence s, int from, int limit, EventPattern p, List<EntityRef> target) {
            if (p.type() == EventType.CONSULT && !target.isEmpty()) {
                for (EntityRef r : target) {
                    Entity e = entityOf(r);
                    if (e != null && (e.type() == EntityType.CITY || e.type() == EntityType.LOCATION)) {
                        return r;
                    }
                }
            }
            for (int k = Math.max(from, s.firstToken()); k < limit; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (!(w.equals("in") || w.equals("at") || w.equals("near") || w.equals("outside"))) {
                    continue;
                }
                for (int j = k + 1; j < Math.min(limit, k + 8); j++) {
                    if (phraseBoundary(j, true)) {
                        break;
                    }
                    Entity e = actors.at(j);
                    if (e != null && (e.type() == EntityType.CITY || e.type() == EntityType.LOCATION
                            || e.type() == EntityType.COUNTRY)) {
                        return actors.ref(e);
                    }
                }
            }
            return null;
        }

        private Entity entityOf(EntityRef r) {
            for (Token t : doc.tokens()) {
                Entity e = actors.at(t.index());
                if (e != null && e.id().equals(r.entity())) {
                    return e;
                }
            }
            return null;
        }

        /**
         * CAMEO's reading of unidentified actors: a group or person source the article gives no country ("about
         * 200 supporters of X blocked roads in Algiers") belongs to the country where the event takes place.
         */
        private List<EntityRef> located(List<EntityRef> source, EntityRef location) {
            if (location == null || location.code() == null) {
                return source;
            }
            List<EntityRef> coded = new ArrayList<>(source.size());
            for (EntityRef r : source) {
                coded.add(r.code() == null && unnamed(r) ? new EntityRef(r.entity(), r.name(), location.code(), location.code(), r.sector()) : r);
            }
            return coded;
        }

        private boolean unnamed(EntityRef r) {
            Entity e = actors.entity(r.entity());
            return e != null && (e.type() == EntityType.GROUP || e.type() == EntityType.PERSON);
        }

        /**
         * CAMEO's reading of unnamed domestic actors: a group, or a person with a title, that the article gives no
         * country ("Shona rebels", "opposition leader X") belongs to the source's country.
         */
        private List<EntityRef> domestic(List<EntityRef> target, List<EntityRef> source) {
            String home = source.isEmpty() ? null : source.get(0).code();
            if (home == null || !home.matches("[A-Z]{3}")) {
                return target;
            }
            List<EntityRef> coded = new ArrayList<>(target.size());
            for (EntityRef r : target) {
                Entity e = actors.entity(r.entity());
                boolean domestic = unnamed(r) && (e.type() == EntityType.GROUP || !e.titles().isEmpty());
                coded.add(r.code() == null && domestic ? new EntityRef(r.entity(), r.name(), home, home, r.sector()) : r);
            }
            return coded;
        }

        // ---- finishing -----------------------------------------------------------------------------------

        private Event finish(Sentence s, Coded c) {
            Span trigger = new Span(tokens.get(c.triggerStart).start(), tokens.get(c.triggerEnd - 1).end());
            int first = Math.max(s.firstToken(), Math.min(c.evidenceStart, c.triggerStart));
            int last = Math.min(s.endToken(), Math.max(c.evidenceEnd, c.triggerEnd));
            Span evidence = new Span(tokens.get(first).start(), tokens.get(last - 1).end());
            String date = date(s, c, trigger);
            return new Event(c.type(), c.cameo, c.mode, c.source, c.target, date, c.location,
                    doc.textOf(trigger), trigger, evidence, c.pattern.name());
        }

        private String date(Sentence s, Coded c, Span trigger) {
            if (articleDate == null) {
                return null;
            }
            EventDates.Direction direction = c.mode == EventMode.FUTURE
                    ? EventDates.Direction.FUTURE : EventDates.Direction.PAST;
            EventDates.DateExpression best = null;
            int from = tokens.get(Math.max(s.firstToken(), Math.min(c.evidenceStart, c.triggerStart))).start();
            int to = c.clauseEnd > s.firstToken() && c.clauseEnd < s.endToken()
                    ? tokens.get(c.clauseEnd).start() : s.span().end();
            for (EventDates.DateExpression d : EventDates.find(source.text(), from, Math.max(from, to), articleDate,
                    direction)) {
                if (best == null || distance(d.span(), trigger) < distance(best.span(), trigger)) {
                    best = d;
                }
            }
            return best != null ? best.date() : articleDate.toString();
        }

        private int distance(Span a, Span b) {
            return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static List<EntityRef> without(List<EntityRef> refs, List<EntityRef> others) {
        if (refs.isEmpty() || others.isEmpty()) {
            return refs;
        }
        List<EntityRef> kept = new ArrayList<>();
        for (EntityRef r : refs) {
            boolean same = false;
            for (EntityRef o : others) {
                same |= o.entity().equals(r.entity());
            }
            if (!same) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static String codes(List<EntityRef> refs) {
        StringBuilder b = new StringBuilder();
        for (EntityRef r : refs) {
            b.append(r.code() != null ? r.code() : r.entity()).append(',');
        }
        return b.toString();
    }

    private static LocalDate dateOf(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
