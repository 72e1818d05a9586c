/**
 * Measures extraction speed and memory: builds a deterministic corpus by varying the seed articles (or reads a
 * given one), times the extractor on one and on several threads, and reports heap peaks and counts per article.
 */
package org.newsgraph.bench;
