/**
 * The command line: one class per subcommand, each returning its exit code.
 */
package org.newsgraph.cli;
