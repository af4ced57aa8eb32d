-- ccpe-selfcare schema, version 12: the server node a background job runs on, so that a node
-- starting again marks the jobs it was running when it stopped as failed (a job's thread does not
-- survive a restart) and leaves other nodes' running jobs alone. Null: a job from before version 12.
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

ALTER TABLE import_job ADD COLUMN node VARCHAR(128);
ALTER TABLE functional_audit ADD COLUMN node VARCHAR(128);
