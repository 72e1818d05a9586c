/**
 * Stage 6, store: the TDB2 dataset, one named graph per article plus the entities graph, written one article
 * per transaction. The only package that touches TDB2.
 */
package org.newsgraph.store;
