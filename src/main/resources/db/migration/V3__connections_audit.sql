-- Connections to providers (encrypted API keys, status) and the audit log of configuration changes and secret reveals.

CREATE TABLE connection (
    provider           VARCHAR(64)  PRIMARY KEY,
    enabled            BOOLEAN      NOT NULL,
    encrypted_key      VARCHAR(2000),
    key_hint           VARCHAR(8),
    base_url           VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_success_at    TIMESTAMP WITH TIME ZONE,
    last_error_at      TIMESTAMP WITH TIME ZONE,
    last_error_kind    VARCHAR(20),
    last_error_message VARCHAR(2000),
    calls_day          DATE,
    calls_today        BIGINT       NOT NULL
);

CREATE TABLE audit_log (
    id     VARCHAR(36)  PRIMARY KEY,
    at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor  VARCHAR(200) NOT NULL,
    action VARCHAR(64)  NOT NULL,
    target VARCHAR(200),
    detail VARCHAR(4000)
);
CREATE INDEX audit_log_at ON audit_log (at, id);
