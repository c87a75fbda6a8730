/**
 * Evaluation against gold annotations: reads the PolNeAR attribution corpus (brat standoff) and scores Sitrep's
 * quotes against it, per category (direct, indirect) and for speaker attribution.
 */
package dev.sitrep.eval;
