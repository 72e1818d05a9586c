/**
 * Stage 4b, resolve: cross-article work on plain values — what one article's extraction means given the articles
 * already stored: dating an undated article by its news cycle, fusing incident reports of several articles into
 * events. What it needs from the store comes through {@link org.newsgraph.resolve.StoredReports}, which the store
 * implements; this package never touches TDB2 or RDF.
 */
package org.newsgraph.resolve;
