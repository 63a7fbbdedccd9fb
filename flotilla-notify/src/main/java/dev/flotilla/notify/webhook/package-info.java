/**
 * HTTP webhook delivery: payload formats (generic JSON, Slack-compatible), HMAC-SHA256 signatures,
 * retries with exponential back-off, jitter and {@code Retry-After}.
 */
package dev.flotilla.notify.webhook;
