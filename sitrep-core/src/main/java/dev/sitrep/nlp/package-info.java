/**
 * The CoreNLP adapter: the only package that imports {@code edu.stanford.*}. It loads the models once,
 * annotates text and converts CoreNLP's output at once into Sitrep's own {@link dev.sitrep.nlp.NlpDocument}.
 */
package dev.sitrep.nlp;
