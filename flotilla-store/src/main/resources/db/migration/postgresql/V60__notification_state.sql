-- What each notification channel has sent about each key (interval, incident, recommendation...):
-- a restart of Flotilla neither re-sends an open nor forgets a reminder or a resolve.
CREATE TABLE notification_state (
  channel          TEXT    NOT NULL,
  event_key        TEXT    NOT NULL,
  kind             TEXT    NOT NULL,
  group_key        TEXT,
  job_key          TEXT    NOT NULL,
  cluster          TEXT    NOT NULL,
  severity         TEXT    NOT NULL,
  title            TEXT    NOT NULL,
  fingerprint      TEXT    NOT NULL,
  opened_at        BIGINT  NOT NULL,
  reminders_sent   INTEGER NOT NULL,
  next_reminder_at BIGINT,
  closed_at        BIGINT,
  PRIMARY KEY (channel, event_key)
);
CREATE INDEX notification_state_reminder ON notification_state (channel, next_reminder_at);
CREATE INDEX notification_state_closed ON notification_state (closed_at);
