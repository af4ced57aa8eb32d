-- Application settings: which self-care portal tasks are switched on, globally and per customer.
-- app_settings holds one row whose version every save of the settings raises, so two provider
-- administrators editing at once cannot silently overwrite each other.
-- portal_task_setting: a row with no customer is the global switch of a task (no row: on);
-- a row with a customer overrides the global switch for that customer.

CREATE TABLE app_settings (
    id         BIGINT NOT NULL PRIMARY KEY,
    version    BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE,
    updated_by VARCHAR(160)
);
INSERT INTO app_settings (id, version) VALUES (1, 0);

CREATE TABLE portal_task_setting (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    customer_id BIGINT,
    task        VARCHAR(32) NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    CONSTRAINT fk_portal_task_setting_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_portal_task_setting_customer ON portal_task_setting (customer_id);
