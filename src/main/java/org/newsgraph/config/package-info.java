/**
 * Domain knowledge as data: loaders for the gazetteer, the outlet table and the lexicons under
 * {@code src/main/resources/newsgraph}. Every stage may read these; none may write them.
 */
package org.newsgraph.config;
