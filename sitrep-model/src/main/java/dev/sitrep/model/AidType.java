package dev.sitrep.model;

/** The kinds of support a commitment can be, as the Ukraine Support Tracker classes them. */
public enum AidType {
    MILITARY,
    FINANCIAL,
    HUMANITARIAN
}
