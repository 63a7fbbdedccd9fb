-- Failed-verification memory of the self-healing policy: an action that failed verification for a
-- diagnosis on a job is not retried automatically for that diagnosis until a human resets it.
CREATE TABLE action_memory (
  job_key     TEXT   NOT NULL,
  label       TEXT   NOT NULL,
  action      TEXT   NOT NULL,
  at          BIGINT NOT NULL,
  workflow_id TEXT   NOT NULL,
  detail      TEXT   NOT NULL,
  PRIMARY KEY (job_key, label, action)
);
