-- Officials' edits to a session's compiled agenda, made in the console: a reworded summary, a
-- corrected topic, a place in the order. Keyed by the item's primary submission (the oldest of
-- its cluster), so recompiling with new submissions keeps them. Freezing the agenda for
-- printing is the session's own agenda_locked_at.
CREATE TABLE agenda_override (
    session_id       BIGINT       NOT NULL REFERENCES dialogue_session (id) ON DELETE CASCADE,
    primary_number   BIGINT       NOT NULL,
    summary          TEXT,
    topic            INTEGER,
    position         INTEGER,
    updated_at       VARCHAR(24)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (session_id, primary_number)
);
