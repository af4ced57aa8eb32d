-- ccpe-selfcare schema, version 1: inventory, users, audit trail.
-- Kept to SQL that H2 2.x and PostgreSQL 12+ both run unchanged.

CREATE SEQUENCE ccpe_id_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ccpe_audit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE router (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    name                VARCHAR(64)  NOT NULL,
    management_host     VARCHAR(255) NOT NULL,
    netconf_port        INTEGER      NOT NULL,
    netconf_user        VARCHAR(64)  NOT NULL,
    netconf_password    VARCHAR(1024),
    netconf_private_key VARCHAR(16384),
    snmp_version        VARCHAR(8)   NOT NULL,
    snmp_port           INTEGER      NOT NULL,
    snmp_community      VARCHAR(1024),
    snmp_user           VARCHAR(64),
    snmp_auth_protocol  VARCHAR(8),
    snmp_auth_key       VARCHAR(1024),
    snmp_priv_protocol  VARCHAR(8),
    snmp_priv_key       VARCHAR(1024),
    services_prefix     VARCHAR(4)   NOT NULL,
    services_interface  VARCHAR(32)  NOT NULL,
    model               VARCHAR(64),
    description         VARCHAR(1000),
    CONSTRAINT uk_router_name UNIQUE (name)
);

CREATE TABLE customer (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(128) NOT NULL,
    account_number VARCHAR(64),
    contact_name   VARCHAR(128),
    contact_email  VARCHAR(254),
    contact_info   VARCHAR(2000),
    external_id    VARCHAR(128),
    source         VARCHAR(8)   NOT NULL,
    CONSTRAINT uk_customer_name UNIQUE (name),
    CONSTRAINT uk_customer_external_id UNIQUE (external_id)
);

CREATE TABLE site (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    customer_id      BIGINT       NOT NULL REFERENCES customer (id),
    name             VARCHAR(64)  NOT NULL,
    description      VARCHAR(1000),
    router_id        BIGINT       NOT NULL REFERENCES router (id),
    routing_instance VARCHAR(63)  NOT NULL,
    lan_gateway      VARCHAR(18)  NOT NULL,
    contact_name     VARCHAR(128),
    contact_email    VARCHAR(254),
    contact_info     VARCHAR(2000),
    external_id      VARCHAR(128),
    CONSTRAINT uk_site_customer_name UNIQUE (customer_id, name),
    CONSTRAINT uk_site_router_instance UNIQUE (router_id, routing_instance),
    CONSTRAINT uk_site_external_id UNIQUE (external_id)
);
CREATE INDEX ix_site_router ON site (router_id);

CREATE TABLE access_link (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    site_id        BIGINT       NOT NULL REFERENCES site (id),
    router_id      BIGINT       NOT NULL REFERENCES router (id),
    interface_name VARCHAR(40)  NOT NULL,
    physical_port  VARCHAR(32)  NOT NULL,
    unit_number    INTEGER      NOT NULL,
    vlan_id        INTEGER      NOT NULL,
    link_role      VARCHAR(8)   NOT NULL,
    name           VARCHAR(64),
    description    VARCHAR(1000),
    external_id    VARCHAR(128),
    CONSTRAINT uk_link_port_vlan UNIQUE (router_id, physical_port, vlan_id),
    CONSTRAINT uk_link_interface UNIQUE (router_id, interface_name),
    CONSTRAINT uk_link_external_id UNIQUE (external_id),
    CONSTRAINT ck_link_vlan CHECK (vlan_id BETWEEN 1 AND 4094)
);
CREATE INDEX ix_link_site ON access_link (site_id);

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    username            VARCHAR(160) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(24)  NOT NULL,
    customer_id         BIGINT       REFERENCES customer (id),
    enabled             BOOLEAN      NOT NULL,
    failed_logins       INTEGER      NOT NULL,
    locked_until        TIMESTAMP WITH TIME ZONE,
    last_login_at       TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_user_username UNIQUE (username)
);
CREATE INDEX ix_user_customer ON app_user (customer_id);

CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(128) NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    BIGINT,
    entity_name  VARCHAR(255),
    action       VARCHAR(16)  NOT NULL,
    state_before VARCHAR,
    state_after  VARCHAR
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
