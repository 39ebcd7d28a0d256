-- PostgreSQL edition of sqlite/V5__console.sql: officials' edits to a session's compiled agenda.
CREATE TABLE agenda_override (
    session_id       bigint      NOT NULL REFERENCES dialogue_session (id) ON DELETE CASCADE,
    primary_number   bigint      NOT NULL,
    summary          text,
    topic            integer,
    position         integer,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    PRIMARY KEY (session_id, primary_number)
);
