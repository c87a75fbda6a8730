/**
 * Ingest: turns the files, directories and standard input named on the command line into
 * {@link dev.sitrep.model.SourceDocument}s, reporting bad input as {@link dev.sitrep.model.InputProblem}s and going on.
 */
package dev.sitrep.ingest;
