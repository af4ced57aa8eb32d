-- ccpe-selfcare schema, version 2: site service settings, provisioning jobs, router leases.

-- what the renderer needs of a site beyond v1: its irb unit (unique per router) and VPN identifiers
ALTER TABLE site ADD COLUMN irb_unit INTEGER;
ALTER TABLE site ADD COLUMN route_distinguisher VARCHAR(32);
ALTER TABLE site ADD COLUMN vrf_target VARCHAR(64);
ALTER TABLE site ADD CONSTRAINT uk_site_router_irb UNIQUE (router_id, irb_unit);

-- how we authenticate a router's SSH host key (OpenSSH known_hosts lines), learnt on first use
ALTER TABLE router ADD COLUMN netconf_known_hosts VARCHAR(8192);

-- the intended service settings of each site: one JSON document, versioned as a whole
CREATE TABLE site_services (
    site_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES site (id),
    version          BIGINT       NOT NULL,
    revision         BIGINT       NOT NULL,
    settings         VARCHAR      NOT NULL,
    applied_revision BIGINT,
    applied_at       TIMESTAMP WITH TIME ZONE,
    drift            BOOLEAN      NOT NULL,
    drift_diff       VARCHAR,
    drift_checked_at TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- every revision of a site's settings, for history and "what changed"
CREATE TABLE site_services_revision (
    id         BIGINT       NOT NULL PRIMARY KEY,
    site_id    BIGINT       NOT NULL REFERENCES site (id),
    revision   BIGINT       NOT NULL,
    settings   VARCHAR      NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(128) NOT NULL,
    channel    VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_revision UNIQUE (site_id, revision)
);

-- one requested change of one site on one router; coalesced per router when committed
CREATE TABLE provisioning_job (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    router_id       BIGINT        NOT NULL REFERENCES router (id),
    site_id         BIGINT,
    customer_id     BIGINT,
    site_name       VARCHAR(64),
    routing_instance VARCHAR(63)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    revision        BIGINT,
    removal_context VARCHAR,
    requested_by    VARCHAR(128)  NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    commit_batch    VARCHAR(64),
    diff            VARCHAR,
    message         VARCHAR(4000),
    error_path      VARCHAR(1000)
);
CREATE INDEX ix_job_router_state ON provisioning_job (router_id, state, next_attempt_at);
CREATE INDEX ix_job_site ON provisioning_job (site_id);
CREATE INDEX ix_job_state ON provisioning_job (state);

-- who is talking to a router right now: at most one of our sessions per router, across nodes
CREATE TABLE router_lease (
    router_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES router (id),
    owner      VARCHAR(128),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
