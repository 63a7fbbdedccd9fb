-- Health score history: one row each time a job's 0-100 score changes.
CREATE TABLE job_health (
  job_key     TEXT    NOT NULL,
  at          BIGINT  NOT NULL,
  score       INTEGER NOT NULL,
  top_finding TEXT
);
CREATE INDEX job_health_job_at ON job_health (job_key, at);
