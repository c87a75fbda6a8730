/**
 * Event coding over CoreNLP's tags and lemmas and the extraction's entities and quotes: verb groups and event
 * nouns matched against Sitrep's own PLOVER/CAMEO lexicon ({@code patterns.tsv}), source and target actors with
 * their codes, modes (asserted, future, negated, hypothetical), dates resolved against the article's date,
 * places, and support commitments with their amounts. {@link dev.sitrep.events.EventCoder} is the entry point.
 */
package dev.sitrep.events;
