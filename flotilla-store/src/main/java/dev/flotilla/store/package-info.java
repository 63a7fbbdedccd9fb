/**
 * Flotilla's durable store: narrow ports, one per stage ({@link dev.flotilla.store.JobStore},
 * {@link dev.flotilla.store.SliStore}, ...), their row records, and the {@link
 * dev.flotilla.store.Store} facade that opens a JDBC database (SQLite or PostgreSQL), migrates it
 * and hands out the ports. Times are stored as epoch milliseconds, JSON as text.
 */
package dev.flotilla.store;
