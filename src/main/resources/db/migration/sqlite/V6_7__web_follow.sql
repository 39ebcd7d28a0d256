-- The resident web page (issue 15): private follow links and web "me too"s.
-- A follow link's token is stored only as its SHA-256 (hex): the table alone opens no link.
CREATE TABLE web_follow (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    submission_id   BIGINT       NOT NULL REFERENCES submission (id),
    purpose         VARCHAR(8)   NOT NULL,
    sender          VARCHAR(64),
    created_at      VARCHAR(24)  NOT NULL
);
-- sender: a hash of the contact given, or of the address when none; the daily limit counts by it
CREATE INDEX web_follow_contact ON web_follow (sender, created_at);

-- One web "me too" per supporter (a hash of their contact, or of their address) and submission.
CREATE TABLE web_support (
    submission_id   BIGINT       NOT NULL REFERENCES submission (id),
    supporter       VARCHAR(64)  NOT NULL,
    created_at      VARCHAR(24)  NOT NULL,
    PRIMARY KEY (submission_id, supporter)
);
