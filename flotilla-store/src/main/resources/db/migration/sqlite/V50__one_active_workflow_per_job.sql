-- At most one active workflow (PENDING, AWAITING_APPROVAL, RUNNING) per job, enforced by the
-- database so that two Flotilla processes sharing one store cannot both start one.
-- Should an older store hold several active workflows of one job, the oldest keeps the job and
-- the later ones are cancelled (they could not have run safely side by side).
UPDATE workflow SET state = 'CANCELLED'
 WHERE state IN ('PENDING', 'AWAITING_APPROVAL', 'RUNNING')
   AND EXISTS (SELECT 1 FROM workflow older
                WHERE older.job_key = workflow.job_key
                  AND older.state IN ('PENDING', 'AWAITING_APPROVAL', 'RUNNING')
                  AND (older.created_at < workflow.created_at
                       OR (older.created_at = workflow.created_at AND older.id < workflow.id)));

CREATE UNIQUE INDEX workflow_one_active_per_job ON workflow (job_key)
  WHERE state IN ('PENDING', 'AWAITING_APPROVAL', 'RUNNING');
