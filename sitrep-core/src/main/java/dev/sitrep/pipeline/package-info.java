/**
 * Runs the stages over articles: language and size checks, CoreNLP, extraction; in order, on worker threads,
 * with per-article time limits, timing per layer, and bad articles reported rather than fatal.
 */
package dev.sitrep.pipeline;
