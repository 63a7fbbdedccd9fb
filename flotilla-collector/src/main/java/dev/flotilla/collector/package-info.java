/**
 * Read-only, tolerant Flink REST collector. It only sends GET requests; it never changes Flink.
 *
 * <p>Entry points: {@link dev.flotilla.collector.FlinkRestClient} (async HTTP with a per-cluster
 * bound on concurrent requests, typed {@link dev.flotilla.collector.RestResult}s instead of
 * exceptions), {@link dev.flotilla.collector.ClusterCollector} (one poll of one cluster into a
 * {@link dev.flotilla.model.ClusterSnapshot}) and {@link dev.flotilla.collector.FleetCollector}
 * (many clusters at once, each bounded by a cycle deadline). Parsers live in {@code
 * dev.flotilla.collector.parse}.
 */
package dev.flotilla.collector;
