/**
 * Tolerant parsers, one per Flink REST endpoint, over Jackson {@code JsonNode}s. Unknown fields are
 * ignored; a missing field, {@code null}, {@code "NaN"} or a value of the wrong type becomes an
 * empty {@code Optional*} ("not observed"), never zero. Parsers never throw on odd input.
 */
package dev.flotilla.collector.parse;
