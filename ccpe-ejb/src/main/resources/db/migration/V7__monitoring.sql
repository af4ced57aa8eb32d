-- Monitoring (issue 5): per-router poll settings and state, per-link state, samples and roll-ups,
-- alarms. The time-series tables are keyed (access_link_id, sampled_at) and carry no foreign key:
-- a cycle of 10,000 links inserts without 10,000 lookups, and rows of a deleted link simply age
-- out with retention. Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

-- What an operator sets per router (absent row: the defaults).
CREATE TABLE router_monitoring (
    router_id             BIGINT   NOT NULL PRIMARY KEY REFERENCES router (id) ON DELETE CASCADE,
    version               BIGINT   NOT NULL,
    enabled               BOOLEAN  NOT NULL,
    poll_interval_seconds INTEGER  NOT NULL,
    timeout_ms            INTEGER  NOT NULL,
    retries               INTEGER  NOT NULL,
    max_repetitions       INTEGER  NOT NULL,
    max_outstanding       INTEGER  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the scheduler keeps per router between cycles: when next, how it went, the backoff.
CREATE TABLE router_poll_state (
    router_id            BIGINT   NOT NULL PRIMARY KEY REFERENCES router (id) ON DELETE CASCADE,
    next_poll_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at      TIMESTAMP WITH TIME ZONE,
    last_success_at      TIMESTAMP WITH TIME ZONE,
    failures             INTEGER  NOT NULL,
    last_error           VARCHAR(500),
    sys_uptime_ticks     BIGINT
);
CREATE INDEX ix_router_poll_due ON router_poll_state (next_poll_at);

-- Per access link: the ifIndex cache, the last counters (for the next rate), status and since-when,
-- the hysteresis counters of the threshold alarms and the latest rates (dashboard, top-N).
CREATE TABLE link_state (
    access_link_id      BIGINT      NOT NULL PRIMARY KEY REFERENCES access_link (id) ON DELETE CASCADE,
    router_id           BIGINT      NOT NULL,
    if_index            INTEGER,
    status              VARCHAR(8)  NOT NULL,
    status_since        TIMESTAMP WITH TIME ZONE NOT NULL,
    sampled_at          TIMESTAMP WITH TIME ZONE,
    sys_uptime_ticks    BIGINT,
    hc_counters         BOOLEAN,
    in_octets           BIGINT,
    out_octets          BIGINT,
    in_packets          BIGINT,
    out_packets         BIGINT,
    in_errors           BIGINT,
    out_errors          BIGINT,
    in_discards         BIGINT,
    out_discards        BIGINT,
    high_speed_mbps     BIGINT,
    discontinuity_ticks BIGINT,
    high_use_count      INTEGER     NOT NULL,
    high_use_alarm      BOOLEAN     NOT NULL,
    high_error_count    INTEGER     NOT NULL,
    high_error_alarm    BOOLEAN     NOT NULL,
    in_bps              DOUBLE PRECISION,
    out_bps             DOUBLE PRECISION,
    utilisation         DOUBLE PRECISION
);
CREATE INDEX ix_link_state_router ON link_state (router_id, if_index);
CREATE INDEX ix_link_state_use ON link_state (utilisation);

-- Raw samples: one per link and cycle, kept 48 h.
CREATE TABLE link_sample (
    access_link_id BIGINT  NOT NULL,
    sampled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    oper_up        BOOLEAN NOT NULL,
    in_bps         DOUBLE PRECISION NOT NULL,
    out_bps        DOUBLE PRECISION NOT NULL,
    in_pps         DOUBLE PRECISION NOT NULL,
    out_pps        DOUBLE PRECISION NOT NULL,
    errors_ps      DOUBLE PRECISION NOT NULL,
    discards_ps    DOUBLE PRECISION NOT NULL,
    utilisation    DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_link_sample PRIMARY KEY (access_link_id, sampled_at)
);
CREATE INDEX ix_link_sample_time ON link_sample (sampled_at);

-- Roll-ups: average and maximum per interval; 5-minute ones kept 30 days, hourly ones a year.
CREATE TABLE link_rollup_5m (
    access_link_id BIGINT  NOT NULL,
    sampled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    samples        INTEGER NOT NULL,
    in_bps         DOUBLE PRECISION NOT NULL,
    in_bps_max     DOUBLE PRECISION NOT NULL,
    out_bps        DOUBLE PRECISION NOT NULL,
    out_bps_max    DOUBLE PRECISION NOT NULL,
    in_pps         DOUBLE PRECISION NOT NULL,
    in_pps_max     DOUBLE PRECISION NOT NULL,
    out_pps        DOUBLE PRECISION NOT NULL,
    out_pps_max    DOUBLE PRECISION NOT NULL,
    errors_ps      DOUBLE PRECISION NOT NULL,
    errors_ps_max  DOUBLE PRECISION NOT NULL,
    discards_ps    DOUBLE PRECISION NOT NULL,
    discards_ps_max DOUBLE PRECISION NOT NULL,
    utilisation    DOUBLE PRECISION NOT NULL,
    utilisation_max DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_link_rollup_5m PRIMARY KEY (access_link_id, sampled_at)
);
CREATE INDEX ix_link_rollup_5m_time ON link_rollup_5m (sampled_at);

CREATE TABLE link_rollup_1h (
    access_link_id BIGINT  NOT NULL,
    sampled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    samples        INTEGER NOT NULL,
    in_bps         DOUBLE PRECISION NOT NULL,
    in_bps_max     DOUBLE PRECISION NOT NULL,
    out_bps        DOUBLE PRECISION NOT NULL,
    out_bps_max    DOUBLE PRECISION NOT NULL,
    in_pps         DOUBLE PRECISION NOT NULL,
    in_pps_max     DOUBLE PRECISION NOT NULL,
    out_pps        DOUBLE PRECISION NOT NULL,
    out_pps_max    DOUBLE PRECISION NOT NULL,
    errors_ps      DOUBLE PRECISION NOT NULL,
    errors_ps_max  DOUBLE PRECISION NOT NULL,
    discards_ps    DOUBLE PRECISION NOT NULL,
    discards_ps_max DOUBLE PRECISION NOT NULL,
    utilisation    DOUBLE PRECISION NOT NULL,
    utilisation_max DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_link_rollup_1h PRIMARY KEY (access_link_id, sampled_at)
);
CREATE INDEX ix_link_rollup_1h_time ON link_rollup_1h (sampled_at);

-- Up to where each roll-up has been computed, so a restarted server neither skips nor repeats.
CREATE TABLE rollup_progress (
    granularity  VARCHAR(4) NOT NULL PRIMARY KEY,
    rolled_until TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Alarms, history kept. active_key holds the dedup key while the alarm is active and NULL once
-- cleared: the unique constraint then allows one active alarm per cause and any number of cleared
-- ones (both databases let a unique column hold many NULLs; H2 has no partial indexes).
-- No foreign keys: an alarm outlives the link, site or router it was about.
CREATE TABLE alarm (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    dedup_key       VARCHAR(80)  NOT NULL,
    active_key      VARCHAR(80),
    cause           VARCHAR(24)  NOT NULL,
    severity        VARCHAR(8)   NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    router_id       BIGINT       NOT NULL,
    customer_id     BIGINT,
    site_id         BIGINT,
    access_link_id  BIGINT,
    subject         VARCHAR(255) NOT NULL,
    detail          VARCHAR(1000),
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_at      TIMESTAMP WITH TIME ZONE,
    cleared_by      VARCHAR(128),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by VARCHAR(128),
    CONSTRAINT uk_alarm_active UNIQUE (active_key)
);
CREATE INDEX ix_alarm_state ON alarm (state, raised_at);
CREATE INDEX ix_alarm_customer ON alarm (customer_id, raised_at);
CREATE INDEX ix_alarm_site ON alarm (site_id, raised_at);
CREATE INDEX ix_alarm_dedup ON alarm (dedup_key, raised_at);
