package dev.sitrep.extract;

import java.util.Set;

/** The word lists of {@link IndirectQuotes}: which verbs report, and how their objects are read. */
final class ReportingVerbs {

    private ReportingVerbs() {
    }

    /**
     * Lemmas of verbs, besides the speech cues of {@link Lexicon#CUE_VERBS}, whose object is an attributed
     * stance, demand or intention: "criticized the plan", "vowed to fight", "endorsed Clinton".
     */
    static final Set<String> STANCE_VERBS = Lexicon.set(
            "criticize", "accuse", "blast", "slam", "attack", "defend", "praise", "endorse", "reject", "dismiss",
            "denounce", "condemn", "blame", "urge", "refuse", "decline", "oppose", "cite", "propose", "vow",
            "promise", "pledge", "threaten", "agree", "demand", "deny", "dispute", "welcome", "applaud", "hail",
            "embrace", "advocate", "tout", "mock", "ridicule", "lambaste", "chide", "rebuke", "unveil",
            "characterize", "portray", "label", "dub", "discuss", "mention", "express", "voice", "recommend",
            "predict", "encourage", "insist", "warn", "ask", "press", "acknowledge", "admit", "confirm", "announce",
            "question", "challenge", "denounce", "decry", "fault", "slam", "assail", "disparage", "berate", "scold",
            "applaud", "commend", "favor", "favour", "echo", "prefer", "doubt", "recognize", "seem", "appear", "aim",
            "wish", "bemoan", "chastise", "excoriate", "champion", "forecast");

    /**
     * Lemmas of verbs of regard and feeling, and of acts that put a message out, whose object is attributed
     * like a stance: "sees Trump as a threat", "considered running", "distrusts the press", "issued a statement",
     * "outlined his plan", "raised concerns".
     */
    static final Set<String> REGARD_AND_ACT_VERBS = Lexicon.set(
            "see", "consider", "view", "regard", "trust", "distrust", "dislike", "despise", "admire", "respect",
            "resent", "appreciate", "outline");

    /** Stance lemmas that attribute only a to-infinitive: "seems to suggest", "aims to cut". */
    static final Set<String> INFINITIVE_ONLY = Lexicon.set("seem", "appear", "aim", "wish");

    /** Lemmas that take what is attributed as a to-infinitive: "vowed to fight", "declined to comment". */
    static final Set<String> INFINITIVE_VERBS = Lexicon.set(
            "vow", "promise", "pledge", "threaten", "refuse", "decline", "seek", "want", "plan", "intend", "agree",
            "offer", "decide", "hope", "expect", "propose", "demand", "ask", "claim", "vote", "aim", "wish", "seem",
            "appear", "prefer");

    /** Verb and particle pairs (lemma, then word) whose object is what is attributed: "called for a ban". */
    static final Set<String> PHRASAL_CUES = Lexicon.set(
            "call for", "call on", "call upon", "push for", "point to", "refer to", "talk about", "speak about",
            "speak of", "warn of", "warn about", "warn against", "complain about", "complain of", "argue for",
            "argue against", "ask about", "ask for", "rail against", "lash out", "hint at", "insist on",
            "comment on", "write about", "testify about", "vote for", "vote against", "rule against", "rule on",
            "weigh in", "take aim", "object to", "appeal for", "appeal to", "plead for", "campaign for",
            "campaign against", "advocate for", "speak out", "joke about", "boast about", "brag about");

    /** Speech verbs followed by whom they address before what is said: "told reporters (that) CLAUSE". */
    static final Set<String> ADDRESSEE_FIRST = Lexicon.set("tell", "inform", "assure", "remind", "warn", "urge",
            "ask", "press", "encourage", "order");

    /** Speech verbs whose object is only ever the addressee: "told reporters" says nothing by itself. */
    static final Set<String> TELLING = Lexicon.set("tell", "inform", "assure", "remind");

    /**
     * Cue lemmas that attribute only a clause: "found that", "feels (that)"; with a noun phrase ("found a way",
     * "maintains a program") they attribute nothing.
     */
    static final Set<String> NEEDS_CLAUSE = Lexicon.set("feel", "decide", "maintain", "continue", "believe", "think",
            "signal", "underscore", "state", "hold", "read", "know", "learn", "post", "sing", "fear", "realize",
            "recognize", "understand", "doubt");

    /**
     * Cue lemmas of thought and feeling rather than speech: inside a reported clause ("acknowledged that some
     * feel that way") they report what others think, not a quote of their own.
     */
    static final Set<String> MENTAL = Lexicon.set("feel", "believe", "think", "hope", "fear", "expect", "suspect",
            "worry", "wonder", "know", "realize", "understand", "favor", "favour", "prefer", "want", "doubt", "see",
            "consider");

    /** Verbs that name: "a program called Sandy Hook Promise". */
    static final Set<String> NAMING = Lexicon.set("call", "name", "dub", "label", "title", "brand");

    /** Relative pronouns that stand for the speaker before them: "Smith, who said ...". */
    static final Set<String> RELATIVES = Lexicon.set("who", "that", "which");

    /** Words that open the question someone was asked: "asked whether", "asked about", "asked why". */
    static final Set<String> QUESTION_OPENERS = Lexicon.set("whether", "if", "about", "how", "why", "what", "who",
            "which", "when", "where");

    /** Words after which a cue still ends its sentence's attribution: "X said Tuesday", "X said last week". */
    static final Set<String> TIME_WORDS = Lexicon.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "last", "this", "earlier", "later",
            "recently", "previously", "then", "again", "once");

    /** Words for what one raises when one speaks: "raised concerns", "raises the question". */
    static final Set<String> ISSUES = Lexicon.set("concern", "question", "doubt", "issue", "objection", "alarm",
            "possibility", "prospect", "specter", "spectre", "idea", "point", "suspicion", "fear", "criticism");

    /** Pronouns that can only be objects: "told me", "said to them". */
    static final Set<String> OBJECT_PRONOUNS = Lexicon.set("me", "him", "them", "us", "her");

    /** Conjunctions that open an indirect question as a cue's object: "asked whether", "isn't saying if". */
    static final Set<String> QUESTION_CONJUNCTIONS = Lexicon.set("whether", "if");

    /** Conjunctions that join a further clause, so that what follows them is no cue's object: "said and did". */
    static final Set<String> COORDINATORS = Lexicon.set("and", "or", "but");
}
