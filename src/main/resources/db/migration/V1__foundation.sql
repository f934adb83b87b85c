-- Foundation schema: admin tokens, lead types and fields, campaigns and posting keys, leads, intake submissions.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 (PostgreSQL mode). JSON documents are kept as text.

CREATE TABLE admin_token (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    hint         VARCHAR(8)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE lead_type (
    id          VARCHAR(64)   PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE lead_field (
    lead_type_id   VARCHAR(64)  NOT NULL REFERENCES lead_type (id) ON DELETE CASCADE,
    name           VARCHAR(64)  NOT NULL,
    label          VARCHAR(200) NOT NULL,
    field_type     VARCHAR(32)  NOT NULL,
    required       BOOLEAN      NOT NULL,
    choices        VARCHAR(20000),
    default_region VARCHAR(2),
    position       INT          NOT NULL,
    PRIMARY KEY (lead_type_id, name)
);

CREATE TABLE campaign (
    id           VARCHAR(64)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    lead_type_id VARCHAR(64)  NOT NULL REFERENCES lead_type (id),
    status       VARCHAR(16)  NOT NULL,
    trigger_mode VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaign_lead_type ON campaign (lead_type_id);

CREATE TABLE posting_key (
    id           VARCHAR(36) PRIMARY KEY,
    campaign_id  VARCHAR(64) NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    key_hash     VARCHAR(64) NOT NULL UNIQUE,
    hint         VARCHAR(8)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX posting_key_campaign ON posting_key (campaign_id);

CREATE TABLE lead (
    id            VARCHAR(36)  PRIMARY KEY,
    campaign_id   VARCHAR(64)  NOT NULL REFERENCES campaign (id),
    lead_type_id  VARCHAR(64)  NOT NULL REFERENCES lead_type (id),
    submission_id VARCHAR(36)  NOT NULL,
    disposition   VARCHAR(20)  NOT NULL,
    reasons       VARCHAR(20000) NOT NULL,
    fields        VARCHAR(1000000) NOT NULL,
    extra         VARCHAR(1000000) NOT NULL,
    source_ip     VARCHAR(64),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_received ON lead (received_at, id);
CREATE INDEX lead_campaign_received ON lead (campaign_id, received_at, id);
CREATE INDEX lead_type_received ON lead (lead_type_id, received_at, id);
CREATE INDEX lead_disposition_received ON lead (disposition, received_at, id);

-- One row per lead field, kept only for filtering: text_value is the canonical text in lower case, number_value is
-- set for numbers.
CREATE TABLE lead_value (
    lead_id      VARCHAR(36)  NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    field        VARCHAR(64)  NOT NULL,
    text_value   VARCHAR(1000),
    number_value NUMERIC(38, 10),
    valid        BOOLEAN      NOT NULL,
    PRIMARY KEY (lead_id, field)
);
CREATE INDEX lead_value_text ON lead_value (field, text_value);
CREATE INDEX lead_value_number ON lead_value (field, number_value);

-- Every post to the intake endpoint, accepted or refused, so that a seller's complaint can be answered.
CREATE TABLE submission (
    id              VARCHAR(36)  PRIMARY KEY,
    campaign_id     VARCHAR(64)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    http_status     INT          NOT NULL,
    outcome         VARCHAR(32)  NOT NULL,
    message         VARCHAR(2000),
    errors          VARCHAR(100000),
    content_type    VARCHAR(200),
    body            VARCHAR(1000000),
    body_truncated  BOOLEAN      NOT NULL,
    remote_addr     VARCHAR(64),
    key_hint        VARCHAR(8),
    idempotency_key VARCHAR(200),
    lead_id         VARCHAR(36)
);
CREATE INDEX submission_campaign_received ON submission (campaign_id, received_at);
CREATE INDEX submission_received ON submission (received_at);

-- The first answer given for an Idempotency-Key, replayed for repeats within the window.
CREATE TABLE idempotency_record (
    campaign_id     VARCHAR(64)  NOT NULL,
    idem_key        VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    completed       BOOLEAN      NOT NULL,
    http_status     INT,
    response_body   VARCHAR(100000),
    lead_id         VARCHAR(36),
    PRIMARY KEY (campaign_id, idem_key)
);
CREATE INDEX idempotency_created ON idempotency_record (created_at);
