/**
 * Stage 1, ingest: reads .txt/.md and .html articles into clean text plus metadata (title, date, outlet, URL,
 * dateline), keeping boilerplate out of the text. The only package that uses Jsoup.
 */
package org.newsgraph.ingest;
