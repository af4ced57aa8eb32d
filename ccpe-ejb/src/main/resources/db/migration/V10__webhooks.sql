-- ccpe-selfcare schema, version 10: event notifications (webhooks) and their outbox.
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

-- Where events go: a URL, the event types wanted (comma separated), optionally one customer only.
-- The signing secret is encrypted with the application's secrets key, like router credentials.
CREATE TABLE webhook_subscription (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(64)   NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    secret      VARCHAR(1024) NOT NULL,
    event_types VARCHAR(500)  NOT NULL,
    customer_id BIGINT        REFERENCES customer (id) ON DELETE CASCADE,
    enabled     BOOLEAN       NOT NULL,
    created_by  VARCHAR(160)  NOT NULL,
    CONSTRAINT uk_webhook_subscription_name UNIQUE (name)
);

-- The outbox and the delivery history in one: a row per event and subscription, written in the
-- same transaction as the event; 'pending' until delivered or given up ('failed').
CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL PRIMARY KEY,
    subscription_id BIGINT        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        VARCHAR(36)   NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    payload         TEXT          NOT NULL,
    state           VARCHAR(12)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(1000)
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, id);
