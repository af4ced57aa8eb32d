-- ccpe-selfcare schema, version 9: API tokens for OSS accounts, and Idempotency-Key records.
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

-- A named Bearer token with a provider role and an expiry. Only the SHA-256 of the token is kept
-- (the token is 256 random bits, shown once at creation); token_prefix lets people recognise it.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    role         VARCHAR(24)  NOT NULL,
    description  VARCHAR(500),
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(160) NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(160),
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_api_token_name UNIQUE (name),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);

-- A POST made under an Idempotency-Key, per caller: taken (state 'running') before the request
-- runs, so a concurrent duplicate waits instead of running twice; then its answer, replayed to a
-- retry with the same body. Purged after 24 hours.
CREATE TABLE idempotent_request (
    caller       VARCHAR(200)  NOT NULL,
    request_key  VARCHAR(200)  NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    state        VARCHAR(12)   NOT NULL,
    status       INTEGER,
    content_type VARCHAR(200),
    location     VARCHAR(2000),
    body         TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (caller, request_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
