/**
 * The embedded store: one data directory holding a DuckDB database (the tables) and a Lucene index (full text of
 * articles and quotes), the cross-article keys that make one record per article, story, actor and event, and the
 * queries over them.
 */
package dev.sitrep.store;
