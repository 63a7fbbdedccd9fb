/**
 * Every configuration option, declared once as a typed {@link dev.flotilla.config.option.Option}
 * constant in a small class per section ({@code StoreOptions}, {@code ClusterOptions}, …). The
 * loader reads with these constants and the reference documentation is generated from them.
 */
package dev.flotilla.config.option;
