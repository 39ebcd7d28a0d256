-- PostgreSQL edition of sqlite/V6_7__web_follow.sql: follow links and web "me too"s.
CREATE TABLE web_follow (
    token_hash      text         PRIMARY KEY,
    submission_id   bigint       NOT NULL REFERENCES submission (id),
    purpose         text         NOT NULL,
    sender          text,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX web_follow_contact ON web_follow (sender, created_at);

CREATE TABLE web_support (
    submission_id   bigint       NOT NULL REFERENCES submission (id),
    supporter       text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (submission_id, supporter)
);
