package dev.sitrep.model;

/**
 * The sixteen event types of PLOVER (Political Language Ontology for Verifiable Event Records), ordered roughly
 * from cooperation to conflict. Each names the CAMEO root it most often corresponds to.
 */
public enum EventType {
    AGREE("03", false),
    CONSULT("04", false),
    SUPPORT("05", false),
    CONCEDE("08", false),
    COOPERATE("06", false),
    AID("07", false),
    RETREAT("0874", false),
    REQUEST("02", false),
    ACCUSE("11", true),
    REJECT("12", true),
    THREATEN("13", true),
    PROTEST("14", true),
    SANCTION("16", true),
    MOBILIZE("15", true),
    COERCE("17", true),
    ASSAULT("18", true);

    private final String cameoRoot;
    private final boolean conflict;

    EventType(String cameoRoot, boolean conflict) {
        this.cameoRoot = cameoRoot;
        this.conflict = conflict;
    }

    /** The CAMEO code to report when no more specific one applies. */
    public String cameoRoot() {
        return cameoRoot;
    }

    /** Whether the type is on the conflict side of the scale (for networks coloured from cooperation to conflict). */
    public boolean isConflict() {
        return conflict;
    }
}
