-- Wards as tenants (issue 14). A deployment serves one or more wards; each khóm belongs to one.
-- The khóm's `code` stays its key everywhere (resident, submission, session, account rows keep
-- pointing at it, so moving a khóm to another ward moves its people and history with it);
-- `local_code` is the code people use within the ward (K1), `ward_id` its ward. A one-ward
-- deployment's keys are its local codes, as before.
CREATE TABLE ward (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    code             VARCHAR(16)  NOT NULL UNIQUE,
    name             VARCHAR(100) NOT NULL,
    issuing_body     VARCHAR(200) NOT NULL DEFAULT '',
    parent_body      VARCHAR(200) NOT NULL DEFAULT '',
    place            VARCHAR(100) NOT NULL DEFAULT '',
    document_number  VARCHAR(60)  NOT NULL DEFAULT '',
    position         INTEGER      NOT NULL DEFAULT 0,
    active           INTEGER      NOT NULL DEFAULT 1,
    -- CONFIG: kept in step with the configuration at each start; CONSOLE: a province admin edited
    -- it, and a start no longer overwrites it.
    source           VARCHAR(8)   NOT NULL DEFAULT 'CONFIG',
    -- The name residents knew it by, until they have been told of a new one.
    former_name      VARCHAR(100),
    -- Set when the ward was merged into another: its old code still finds the other.
    merged_into      BIGINT,
    renamed_at       VARCHAR(24),
    created_at       VARCHAR(24)  NOT NULL
);
-- The ward of every existing row: named from the configuration at the next start.
INSERT INTO ward (id, code, name, created_at) VALUES (1, '', '', '2026-12-05T00:00:00.000Z');

ALTER TABLE neighbourhood ADD COLUMN ward_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE neighbourhood ADD COLUMN local_code VARCHAR(16);
ALTER TABLE neighbourhood ADD COLUMN source VARCHAR(8) NOT NULL DEFAULT 'CONFIG';
UPDATE neighbourhood SET local_code = code;
CREATE UNIQUE INDEX neighbourhood_ward_code ON neighbourhood (ward_id, local_code);

ALTER TABLE dialogue_session ADD COLUMN ward_id BIGINT NOT NULL DEFAULT 1;
CREATE INDEX dialogue_session_ward ON dialogue_session (ward_id, starts_at);

-- NULL: a province admin (every ward).
ALTER TABLE account ADD COLUMN ward_id BIGINT;
UPDATE account SET ward_id = 1;

-- Which ward an audited step concerned (NULL: the deployment, e.g. a province admin's account work).
ALTER TABLE audit_log ADD COLUMN ward_id BIGINT;


-- Codes a khóm was known by before it moved to another ward (a merge, 2025-style): deep links
-- and posters printed with the old ward and khóm codes keep finding it.
CREATE TABLE neighbourhood_alias (
    ward_code           VARCHAR(16) NOT NULL,
    local_code          VARCHAR(16) NOT NULL,
    neighbourhood_code  VARCHAR(16) NOT NULL REFERENCES neighbourhood (code),
    moved_at            VARCHAR(24) NOT NULL,
    PRIMARY KEY (ward_code, local_code)
);
