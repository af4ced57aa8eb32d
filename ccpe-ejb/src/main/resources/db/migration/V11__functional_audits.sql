-- ccpe-selfcare schema, version 11: functional audits (pings between a customer's sites, run as a job).
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

CREATE TABLE functional_audit (
    id           BIGINT       NOT NULL PRIMARY KEY,
    customer_id  BIGINT       NOT NULL, -- no foreign key: a customer's deletion keeps no audit alive
    state        VARCHAR(16)  NOT NULL,
    requested_by VARCHAR(128) NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    message      VARCHAR(1024)
);
CREATE INDEX ix_functional_audit_customer ON functional_audit (customer_id, created_at);

-- one origin site pinging one destination site; the sites' names and addresses are copied, so a
-- result still reads right after a site is renamed or deleted
CREATE TABLE functional_audit_pair (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    audit_id             BIGINT       NOT NULL REFERENCES functional_audit (id) ON DELETE CASCADE,
    pair_index           INTEGER      NOT NULL,
    origin_site_id       BIGINT       NOT NULL,
    origin_site_name     VARCHAR(64)  NOT NULL,
    routing_instance     VARCHAR(63)  NOT NULL,
    source_address       VARCHAR(15)  NOT NULL,
    destination_site_id  BIGINT       NOT NULL,
    destination_site_name VARCHAR(64) NOT NULL,
    target_address       VARCHAR(15)  NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    probes_sent          INTEGER,
    probes_received      INTEGER,
    packet_loss          INTEGER,
    rtt_min_ms           DOUBLE PRECISION,
    rtt_avg_ms           DOUBLE PRECISION,
    rtt_max_ms           DOUBLE PRECISION,
    message              VARCHAR(1024),
    CONSTRAINT uk_functional_audit_pair UNIQUE (audit_id, pair_index)
);
