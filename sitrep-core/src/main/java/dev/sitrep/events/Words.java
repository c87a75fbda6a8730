package dev.sitrep.events;

import java.util.Set;

/** Sitrep's own word lists for event modes, clause structure and kinds of support. Lower case. */
final class Words {

    private Words() {
    }

    /** Verbs whose infinitive or gerund complement is only being considered: "considering sending". */
    static final Set<String> HYPOTHETICAL_GOVERNORS = Set.of("consider", "weigh", "mull", "contemplate",
            "explore", "study", "debate", "discuss", "examine", "suggest", "propose", "float", "threaten", "hope",
            "want", "wish", "seek", "ask", "urge", "may", "could", "might");

    /** Verbs whose complement is planned or announced: "plans to send", "decided to withdraw". */
    static final Set<String> FUTURE_GOVERNORS = Set.of("plan", "intend", "aim", "prepare", "decide", "expect",
            "schedule", "set", "due", "promise", "pledge", "vow", "agree", "commit", "resolve", "undertake",
            "prepared", "ready", "willing", "going", "announce", "offer");

    /**
     * Verbs whose complement happens as the verb's own mode says: "began shelling", "tried to hack into",
     * "ordered the paper to suspend publication".
     */
    static final Set<String> ASPECT_GOVERNORS = Set.of("begin", "start", "continue", "try", "attempt", "manage",
            "keep", "resume", "help", "move", "be", "have", "get", "use", "seem", "appear", "go", "come", "do",
            "order", "force", "compel", "command", "instruct", "oblige");

    /** Words before an event noun that say it has not happened: "to prevent further aggression". */
    static final Set<String> PREVENTIVE = Set.of("prevent", "avoid", "deter", "avert", "fear", "risk", "warn",
            "threat", "possible", "potential", "possibility", "danger", "block", "forestall", "thwart");

    /** Words that open a condition. */
    static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "should", "provided");

    /** Verbs that report speech; a "would" after one is the future seen from the past. */
    static final Set<String> REPORTING = Set.of("say", "tell", "announce", "state", "add", "report", "claim",
            "insist", "warn", "reiterate", "declare", "confirm", "indicate", "signal", "write", "stress", "note",
            "promise", "vow", "pledge", "quote");

    /** Words that name military support. */
    static final Set<String> MILITARY = Set.of("weapon", "weapons", "arm", "arms", "ammunition", "munition",
            "munitions", "missile", "missiles", "tank", "tanks", "howitzer", "howitzers", "drone", "drones",
            "artillery", "rifle", "rifles", "military", "troop", "troops", "soldier", "soldiers", "jet", "jets",
            "aircraft", "helicopter", "helicopters", "armour", "armor", "vehicle", "vehicles", "defence", "defense",
            "shell", "shells", "rocket", "rockets", "peacekeeper", "peacekeepers", "peace-keeping", "peacekeeping",
            "warship", "warships", "launcher", "launchers", "system", "systems", "equipment", "gear", "trainer",
            "instructor", "instructors");

    /** Words that name financial support. */
    static final Set<String> FINANCIAL = Set.of("loan", "loans", "grant", "grants", "money", "fund", "funds",
            "funding", "financial", "budget", "credit", "credits", "cash", "dollar", "dollars", "euro", "euros",
            "economic", "guarantee", "guarantees", "debt", "payment", "payments", "investment", "macro-financial");

    /** Words that name humanitarian support. */
    static final Set<String> HUMANITARIAN = Set.of("humanitarian", "food", "medicine", "medicines", "medical",
            "shelter", "blanket", "blankets", "water", "tent", "tents", "vaccine", "vaccines", "relief", "goods",
            "supplies", "generator", "generators", "refugee", "refugees", "hospital");
}
