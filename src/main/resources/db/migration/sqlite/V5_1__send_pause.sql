-- Telegram's last 429: no message goes out before paused_until, also after a restart (the relay
-- reads it when it starts). One row at most.
CREATE TABLE send_pause (
    id            INTEGER     PRIMARY KEY CHECK (id = 1),
    paused_until  VARCHAR(24) NOT NULL
);
