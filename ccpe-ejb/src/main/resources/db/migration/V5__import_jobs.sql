-- ccpe-selfcare schema, version 5: import jobs (a large POST /imports runs in the background).
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

CREATE TABLE import_job (
    id          BIGINT       NOT NULL PRIMARY KEY,
    state       VARCHAR(16)  NOT NULL,
    dry_run     BOOLEAN      NOT NULL,
    entities    INTEGER      NOT NULL,
    phase       VARCHAR(16),
    done_count  INTEGER      NOT NULL,
    actor       VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    -- the report (done) or the problem with every error (failed), as JSON
    result      TEXT
);
CREATE INDEX ix_import_job_state ON import_job (state);
