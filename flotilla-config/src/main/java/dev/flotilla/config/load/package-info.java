/**
 * Loading flotilla.yaml: {@link dev.flotilla.config.load.ConfigLoader} composes the YAML into
 * position-carrying nodes, reads every section with the declared options and reports every problem
 * with file, line, column and key path.
 */
package dev.flotilla.config.load;
