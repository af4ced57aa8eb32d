-- ccpe-selfcare schema, version 3: topology imports.
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

-- One row, locked FOR UPDATE by each import, so imports run one at a time across the cluster.
CREATE TABLE import_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO import_lock (id) VALUES (1);

-- An import done under an Idempotency-Key: the same key with the same body replays the report.
CREATE TABLE import_request (
    idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,
    body_hash       VARCHAR(64)  NOT NULL,
    report          TEXT         NOT NULL,
    actor           VARCHAR(128) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
