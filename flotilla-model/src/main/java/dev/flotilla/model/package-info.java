/**
 * Flotilla's shared vocabulary: what is observed of Flink clusters and jobs, tiers, sides and SLI
 * states. Records only, no I/O. A value that was not observed is an empty {@code Optional*}, never
 * zero.
 */
package dev.flotilla.model;
