-- Do Not Call, litigator, internal and custom suppression lists. The numbers of a list live in dnc_snapshot as one
-- compressed set (a serialized RoaringBitmap of the 7-digit remainders) per area code; nodes load them into memory and
-- reload what changed when dnc_list.version moves. Portable SQL: runs unchanged on PostgreSQL and on H2.

CREATE TABLE dnc_list (
    id           VARCHAR(64)  PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    state        VARCHAR(2),
    name         VARCHAR(200) NOT NULL,
    entry_count  BIGINT       NOT NULL,
    -- moves on every change of the numbers; a row of dnc_snapshot carries the version that last wrote it
    version      BIGINT       NOT NULL,
    source_file  VARCHAR(500),
    imported_at  TIMESTAMP WITH TIME ZONE,
    -- how current the numbers are: the as-of date of the last import (the download date of a registry file)
    refreshed_at TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE dnc_snapshot (
    list_id   VARCHAR(64) NOT NULL REFERENCES dnc_list (id) ON DELETE CASCADE,
    area_code INT         NOT NULL,
    version   BIGINT      NOT NULL,
    numbers   INT         NOT NULL,
    bitmap    BYTEA       NOT NULL,
    PRIMARY KEY (list_id, area_code)
);

-- Numbers added or removed one at a time (any list) or imported into an internal list: who and when, for the audit
-- trail. A removed number keeps its row, with who removed it and when.
CREATE TABLE dnc_entry (
    list_id         VARCHAR(64)  NOT NULL REFERENCES dnc_list (id) ON DELETE CASCADE,
    phone           VARCHAR(10)  NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE,
    added_by_id     VARCHAR(64),
    added_by_name   VARCHAR(200),
    source          VARCHAR(500),
    note            VARCHAR(2000),
    removed_at      TIMESTAMP WITH TIME ZONE,
    removed_by_id   VARCHAR(64),
    removed_by_name VARCHAR(200),
    PRIMARY KEY (list_id, phone)
);
CREATE INDEX dnc_entry_added ON dnc_entry (list_id, added_at);

-- Every import, refused ones included, with its counts and the first malformed lines.
CREATE TABLE dnc_import (
    id                 VARCHAR(36)  PRIMARY KEY,
    list_id            VARCHAR(64)  NOT NULL REFERENCES dnc_list (id) ON DELETE CASCADE,
    mode               VARCHAR(20)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    message            VARCHAR(2000),
    source_file        VARCHAR(500),
    as_of              TIMESTAMP WITH TIME ZONE,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lines              BIGINT       NOT NULL,
    skipped            BIGINT       NOT NULL,
    numbers            BIGINT       NOT NULL,
    added              BIGINT       NOT NULL,
    removed            BIGINT       NOT NULL,
    malformed          BIGINT       NOT NULL,
    malformed_examples VARCHAR(200000) NOT NULL,
    count_before       BIGINT       NOT NULL,
    count_after        BIGINT       NOT NULL,
    imported_by_id     VARCHAR(64),
    imported_by_name   VARCHAR(200)
);
CREATE INDEX dnc_import_list ON dnc_import (list_id, started_at);

-- The buyer's own list exists from the start, empty: a number not on it is known not to be on it.
INSERT INTO dnc_list (id, kind, state, name, entry_count, version, created_at, updated_at)
VALUES ('internal_dnc', 'internal_dnc', NULL, 'Internal Do Not Call list', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
