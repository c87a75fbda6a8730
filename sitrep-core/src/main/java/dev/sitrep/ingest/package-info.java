/**
 * Ingest: turns the files, directories, URLs and standard input named on the command line (plain text, JSON lines,
 * HTML pages, WARC archives, RSS and Atom feeds) into {@link dev.sitrep.model.SourceDocument}s, reporting bad input
 * as {@link dev.sitrep.model.InputProblem}s and going on. The only package that imports {@code org.jsoup}.
 */
package dev.sitrep.ingest;
