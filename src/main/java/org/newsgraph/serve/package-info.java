/**
 * Stage 7, serve: the embedded Fuseki server, read-only, with the web UI, a query timeout and a SERVICE allowlist,
 * and the landing page at /newsgraph/ with the query catalogue. The only package that touches Fuseki.
 */
package org.newsgraph.serve;
