/**
 * Stage 3, extract: actors and places, statements, agreements, incidents and meetings, with their spans.
 * Mechanisms live here; the words they use live in {@code src/main/resources/newsgraph}.
 */
package org.newsgraph.extract;
