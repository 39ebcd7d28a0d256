-- PostgreSQL edition of sqlite/V5_1__send_pause.sql: Telegram's last 429, one row at most.
CREATE TABLE send_pause (
    id            integer     PRIMARY KEY CHECK (id = 1),
    paused_until  timestamptz NOT NULL
);
