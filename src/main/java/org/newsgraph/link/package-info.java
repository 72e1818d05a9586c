/**
 * Proposes Wikidata links for actors that have none: looks names up with the Wikidata API, scores the candidates
 * (name match, type fit, conflict domain, rank) and returns proposals for review; the store writes them.
 */
package org.newsgraph.link;
