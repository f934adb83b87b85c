-- Checks pipeline: integration setups per lead type, campaign steps, screening runs and their check results.

CREATE TABLE integration_setup (
    id             VARCHAR(36)  PRIMARY KEY,
    lead_type_id   VARCHAR(64)  NOT NULL REFERENCES lead_type (id) ON DELETE CASCADE,
    integration_id VARCHAR(100) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    config         VARCHAR(200000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX integration_setup_lead_type ON integration_setup (lead_type_id);

CREATE TABLE campaign_step (
    id             VARCHAR(36)  PRIMARY KEY,
    campaign_id    VARCHAR(64)  NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    setup_id       VARCHAR(36)  NOT NULL REFERENCES integration_setup (id),
    position       INT          NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    stop_on_reject BOOLEAN      NOT NULL,
    overrides      VARCHAR(200000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaign_step_campaign ON campaign_step (campaign_id, position);
CREATE INDEX campaign_step_setup ON campaign_step (setup_id);

CREATE TABLE screening_run (
    id          VARCHAR(36) PRIMARY KEY,
    lead_id     VARCHAR(36) NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    run_trigger VARCHAR(32) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    disposition VARCHAR(20),
    reasons     VARCHAR(20000),
    cost        NUMERIC(14, 6) NOT NULL
);
CREATE INDEX screening_run_lead ON screening_run (lead_id, started_at);

CREATE TABLE check_result (
    id             VARCHAR(36)  PRIMARY KEY,
    run_id         VARCHAR(36)  NOT NULL REFERENCES screening_run (id) ON DELETE CASCADE,
    lead_id        VARCHAR(36)  NOT NULL,
    step_id        VARCHAR(36),
    setup_id       VARCHAR(36),
    position       INT          NOT NULL,
    integration_id VARCHAR(100) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    reason         VARCHAR(2000),
    error_kind     VARCHAR(20),
    error_message  VARCHAR(2000),
    request        VARCHAR(200000),
    raw_response   VARCHAR(1000000),
    mapped_fields  VARCHAR(200000),
    rules          VARCHAR(200000),
    duration_ms    BIGINT       NOT NULL,
    cost           NUMERIC(14, 6) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX check_result_run ON check_result (run_id, position);
CREATE INDEX check_result_lead ON check_result (lead_id, started_at);

-- Set while a node screens the lead, so that one lead is screened by one node at a time and a crashed screening is
-- found again (PENDING with an old or no claim).
ALTER TABLE lead ADD COLUMN screening_claimed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX lead_pending ON lead (disposition, screening_claimed_at);
