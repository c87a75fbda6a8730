/**
 * The actor knowledge base: states, institutions with their state and sector, and people with the offices they
 * held, dated; read from checked TSV files (built in, imported from Wikidata, or the user's own) by
 * {@link dev.sitrep.kb.KbLoader}, and looked up by name and date through {@link dev.sitrep.kb.KnowledgeBase}.
 */
package dev.sitrep.kb;
