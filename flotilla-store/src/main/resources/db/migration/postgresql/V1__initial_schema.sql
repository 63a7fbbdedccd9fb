-- Flotilla store, PostgreSQL flavour. Times are epoch milliseconds (BIGINT); JSON is TEXT.
-- Keep in step with ../sqlite/V1__initial_schema.sql: only generated ids differ.

CREATE TABLE cluster_state (
  name            TEXT    NOT NULL PRIMARY KEY,
  rest_url        TEXT    NOT NULL,
  flink_version   TEXT,
  zone            TEXT,
  reachable       BOOLEAN NOT NULL,
  last_error      TEXT,
  last_poll_at    BIGINT  NOT NULL,
  tm_count        INTEGER,
  slots_total     INTEGER,
  slots_available INTEGER
);

CREATE TABLE job_state (
  job_key         TEXT    NOT NULL PRIMARY KEY,
  cluster         TEXT    NOT NULL REFERENCES cluster_state (name),
  flink_job_id    TEXT,
  name            TEXT    NOT NULL,
  tier            TEXT,
  owner           TEXT,
  managed         BOOLEAN NOT NULL,
  state           TEXT    NOT NULL,
  observed_at     BIGINT  NOT NULL,
  last_exception  TEXT,
  checkpoint_at   BIGINT,
  checkpoint_path TEXT,
  restarts        BIGINT,
  parallelism     INTEGER
);
CREATE INDEX job_state_cluster ON job_state (cluster);
CREATE INDEX job_state_state ON job_state (state);
CREATE INDEX job_state_owner ON job_state (owner);

CREATE TABLE last_good_checkpoint (
  job_key TEXT   NOT NULL PRIMARY KEY,
  path    TEXT   NOT NULL,
  at      BIGINT NOT NULL
);

CREATE TABLE sli_interval (
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_key  TEXT    NOT NULL,
  cluster  TEXT    NOT NULL,
  tier     TEXT,
  owner    TEXT,
  state    TEXT    NOT NULL,
  start_at BIGINT  NOT NULL,
  end_at   BIGINT,
  reasons  TEXT    NOT NULL,
  side     TEXT    NOT NULL,
  evidence TEXT    NOT NULL,
  CONSTRAINT sli_interval_order CHECK (end_at IS NULL OR end_at >= start_at),
  CONSTRAINT sli_interval_job_start UNIQUE (job_key, start_at)
);
CREATE INDEX sli_interval_range ON sli_interval (start_at, end_at);
CREATE INDEX sli_interval_end ON sli_interval (end_at);

CREATE TABLE sli_watermark (
  id        INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  minute_at BIGINT  NOT NULL
);

CREATE TABLE diagnosis (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_key     TEXT    NOT NULL,
  at          BIGINT  NOT NULL,
  label       TEXT    NOT NULL,
  side        TEXT    NOT NULL,
  confidence  DOUBLE PRECISION NOT NULL,
  actions     TEXT    NOT NULL,
  evidence    TEXT    NOT NULL,
  summary     TEXT    NOT NULL,
  incident_id TEXT
);
CREATE INDEX diagnosis_job_at ON diagnosis (job_key, at);
CREATE INDEX diagnosis_at ON diagnosis (at);

CREATE TABLE workflow (
  id          TEXT   NOT NULL PRIMARY KEY,
  type        TEXT   NOT NULL,
  job_key     TEXT   NOT NULL,
  params      TEXT   NOT NULL,
  state       TEXT   NOT NULL,
  created_by  TEXT   NOT NULL,
  reason      TEXT   NOT NULL,
  created_at  BIGINT NOT NULL,
  updated_at  BIGINT NOT NULL,
  lease_owner TEXT   NOT NULL,
  lease_until BIGINT NOT NULL
);
CREATE INDEX workflow_job ON workflow (job_key);
CREATE INDEX workflow_state ON workflow (state, lease_until);

CREATE TABLE workflow_step (
  workflow_id TEXT    NOT NULL REFERENCES workflow (id),
  step_index  INTEGER NOT NULL,
  name        TEXT    NOT NULL,
  intent      TEXT    NOT NULL,
  state       TEXT    NOT NULL,
  created_at  BIGINT  NOT NULL,
  started_at  BIGINT,
  ended_at    BIGINT,
  result      TEXT,
  PRIMARY KEY (workflow_id, step_index)
);

CREATE TABLE audit_log (
  id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at      BIGINT NOT NULL,
  actor   TEXT   NOT NULL,
  action  TEXT   NOT NULL,
  target  TEXT   NOT NULL,
  details TEXT   NOT NULL,
  outcome TEXT   NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target_at ON audit_log (target, at);
