/**
 * Plain immutable values that flow between the stages: articles, spans, entities, time values and
 * the extracted facts. No stage-specific library types appear here.
 */
package org.newsgraph.model;
