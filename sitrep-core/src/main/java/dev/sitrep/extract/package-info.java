/**
 * Extraction over CoreNLP's tokens: mentions (gazetteer and NER), entities with titles and affiliations,
 * mention linking (names, pronouns, role nouns), and direct and indirect quotes with their speakers.
 */
package dev.sitrep.extract;
