/**
 * The Spark job: the same extraction as {@code sitrep extract} over a cluster, writing the embedded store's tables
 * as Parquet, with the cross-article records (duplicates, stories, actors, events, sources) made by Spark stages.
 */
package dev.sitrep.spark;
