/**
 * Plain immutable records for what Sitrep extracts from news: articles, entities, mentions and quotes.
 * No dependencies; every other module speaks in these types.
 */
package dev.sitrep.model;
