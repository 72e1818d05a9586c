/**
 * Stage 5, rdf: the vocabulary constants, the one place where instance IRIs are minted, and the mapping from
 * extracted values to RDF graphs.
 */
package org.newsgraph.rdf;
