-- Answers of paid checks kept for the time each integration allows, so the same lookup is not paid for twice.
CREATE TABLE check_cache (
    cache_key       VARCHAR(64)  PRIMARY KEY,
    integration_id  VARCHAR(100) NOT NULL,
    response_values VARCHAR(200000) NOT NULL,
    raw_response    VARCHAR(1000000),
    request_as_sent VARCHAR(200000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX check_cache_expires ON check_cache (expires_at);
