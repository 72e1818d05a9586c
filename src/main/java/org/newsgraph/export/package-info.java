/**
 * Stage 8, export and query: dumps of the store for other tools and SPARQL without a server.
 */
package org.newsgraph.export;
