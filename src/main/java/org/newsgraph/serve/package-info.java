/**
 * Stage 7, serve: the embedded Fuseki server, read-only, with the web UI, a query timeout and a SERVICE allowlist.
 * The only package that touches Fuseki.
 */
package org.newsgraph.serve;
