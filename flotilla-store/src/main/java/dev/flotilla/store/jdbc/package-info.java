/** JDBC implementations of the store ports; only {@link dev.flotilla.store.Store} wires them. */
package dev.flotilla.store.jdbc;
