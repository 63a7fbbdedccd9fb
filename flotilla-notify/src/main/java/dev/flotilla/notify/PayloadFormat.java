package dev.flotilla.notify;

/** How a webhook body is shaped. */
public enum PayloadFormat {
  /** Flotilla's own JSON: kind, key, group, severity, title, summary, jobs, evidence, fields... */
  GENERIC,
  /** Slack-compatible {@code {"text": ..., "blocks": [...]}} with mrkdwn sections. */
  SLACK
}
