/**
 * Evaluation against gold annotations: scores Sitrep's quotes against the PolNeAR attribution corpus (brat
 * standoff), per category and for speakers, and its events against PLOVER gold records, by type and full triple.
 */
package dev.sitrep.eval;
