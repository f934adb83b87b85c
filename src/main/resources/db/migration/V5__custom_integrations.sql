-- HTTP integrations defined by operators, without code: one JSON definition each.
CREATE TABLE custom_integration (
    id         VARCHAR(64) PRIMARY KEY,
    definition VARCHAR(200000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
