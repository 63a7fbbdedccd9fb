/**
 * Typed Flotilla configuration values: {@link dev.flotilla.config.FlotillaConfig} and one
 * immutable, validated record per section. Load them with {@code
 * dev.flotilla.config.load.ConfigLoader}; the options themselves are declared once in {@code
 * dev.flotilla.config.option}.
 */
package dev.flotilla.config;
