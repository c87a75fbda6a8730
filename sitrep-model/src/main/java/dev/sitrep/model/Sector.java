package dev.sitrep.model;

import java.util.Locale;

/**
 * What part of society an actor belongs to: the actor role and type codes of CAMEO and PLOVER, so an event reads
 * like an event-data row ({@code UKR GOV -> RUS MIL}). Documented with examples in docs/output-format.md.
 */
public enum Sector {
    /** Heads of state and government, ministers, ministries, officials, diplomats, regional and city government. */
    GOV("government"),
    /** Armed forces, services, fleets, units, general staffs, defence ministries and ministers. */
    MIL("military"),
    /** Police, border guards, gendarmerie, national guards, interior troops. */
    COP("police"),
    /** Intelligence and state security services. */
    SPY("intelligence"),
    /** Courts, judges, prosecutors. */
    JUD("judiciary"),
    /** Parliaments, chambers and legislators. */
    LEG("legislature"),
    /** Political parties and their officials. */
    PTY("party"),
    /** The political opposition. */
    OPP("opposition"),
    /** Rebels, insurgents, armed groups fighting a government. */
    REB("rebels"),
    /** Separatists and separatist authorities. */
    SEP("separatists"),
    /** Unaligned armed forces: militias, private military companies. */
    UAF("unaligned armed forces"),
    /** International militarized groups (ISIS, al-Qaeda). */
    IMG("international militarized group"),
    /** Criminals, cartels, gangs. */
    CRM("criminals"),
    /** Civilians, citizens, residents; former officials acting privately. */
    CVL("civilians"),
    /** Companies and business people. */
    BUS("business"),
    /** Multinational corporations. */
    MNC("multinational corporation"),
    /** Media, news agencies, journalists. */
    MED("media"),
    /** Non-governmental organisations. */
    NGO("non-governmental organisation"),
    /** Non-governmental movements. */
    NGM("non-governmental movement"),
    /** Intergovernmental organisations and their officials. */
    IGO("intergovernmental organisation"),
    /** Religious bodies and clergy. */
    REL("religion"),
    /** Universities, schools, think tanks, academics, students. */
    EDU("education"),
    /** Trade unions and workers. */
    LAB("labour"),
    /** Farmers and agricultural bodies. */
    AGR("agriculture"),
    /** Refugees and displaced people. */
    REF("refugees"),
    /** Human rights bodies and activists. */
    HRI("human rights"),
    /** Health bodies and workers. */
    HLH("health"),
    /** Environmental groups. */
    ENV("environment"),
    /** Development bodies. */
    DEV("development"),
    /** Elites, notable individuals. */
    ELI("elites"),
    /** Peacekeepers. */
    PKO("peacekeepers"),
    /** Settlers. */
    SET("settlers");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    /** A short English name for people: "government", "military". */
    public String label() {
        return label;
    }

    /**
     * The sector of a code ({@code "MIL"}, {@code "mil"}).
     *
     * @throws IllegalArgumentException naming the code and the known ones when it is not a sector
     */
    public static Sector of(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sector '" + code + "' (known: "
                    + java.util.Arrays.toString(values()).replaceAll("[\\[\\]]", "") + ")", e);
        }
    }

    /** Whether this is a sector of the state itself: its government, forces, police, services, courts, parliament. */
    public boolean isState() {
        return switch (this) {
            case GOV, MIL, COP, SPY, JUD, LEG -> true;
            default -> false;
        };
    }
}
