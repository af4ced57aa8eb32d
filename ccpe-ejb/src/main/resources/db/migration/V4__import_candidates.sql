-- ccpe-selfcare schema, version 4: the activation director's customers as import candidates, and
-- import runs with their progress and per-customer outcome.
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

-- A customer the activation director listed at the last refresh. "Changed since import" compares
-- the source's own dates (source_updated against imported_source_updated), never our clock with
-- theirs. A forgotten candidate stays hidden until the source changes the customer again.
CREATE TABLE import_candidate (
    external_id             VARCHAR(128) NOT NULL PRIMARY KEY,
    name                    VARCHAR(255) NOT NULL,
    account_number          VARCHAR(255),
    contact_name            VARCHAR(255),
    contact_email           VARCHAR(255),
    source_created          TIMESTAMP WITH TIME ZONE,
    source_updated          TIMESTAMP WITH TIME ZONE,
    seen_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_at             TIMESTAMP WITH TIME ZONE,
    imported_source_updated TIMESTAMP WITH TIME ZONE,
    last_outcome            VARCHAR(16),
    forgotten               BOOLEAN      NOT NULL
);

-- One import of one or more candidates, customer by customer; the console polls it.
CREATE TABLE import_run (
    id               BIGINT       NOT NULL PRIMARY KEY,
    started_by       VARCHAR(128) NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    total            INTEGER      NOT NULL,
    done             INTEGER      NOT NULL,
    refused          INTEGER      NOT NULL,
    current_customer VARCHAR(255)
);

-- What became of one customer of a run: imported (with its report) or refused/failed (with why).
CREATE TABLE import_run_item (
    id          BIGINT       NOT NULL PRIMARY KEY,
    run_id      BIGINT       NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    item_no     INTEGER      NOT NULL,
    external_id VARCHAR(128) NOT NULL,
    name        VARCHAR(255),
    outcome     VARCHAR(16)  NOT NULL,
    detail      TEXT         NOT NULL,
    CONSTRAINT uk_import_run_item UNIQUE (run_id, item_no)
);
CREATE INDEX ix_import_run_item_run ON import_run_item (run_id);
