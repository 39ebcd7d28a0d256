-- Channels beyond Telegram (issue 15). The conversation, outbox, buttons and inbox keep their
-- BIGINT chat key: for Telegram it stays the Telegram chat id (nothing existing changes meaning);
-- for any other channel the key is -(10^15 + channel_address.id), a range no Telegram chat id
-- reaches (private chats are positive, groups above about -2 * 10^12). See resident/ChatAddresses.
CREATE TABLE channel_address (
    id                INTEGER      PRIMARY KEY AUTOINCREMENT,
    channel           VARCHAR(16)  NOT NULL,
    external_id       VARCHAR(128) NOT NULL,
    resident_id       BIGINT       REFERENCES resident (id) ON DELETE SET NULL,
    -- Zalo's -230: no interaction in the last 7 days, the OA may not write until they do.
    out_of_window_at  VARCHAR(24),
    -- Decree 13: the person was forgotten; the row (their Zalo id) goes once the last word is out.
    forgotten_at      VARCHAR(24),
    created_at        VARCHAR(24)  NOT NULL,
    UNIQUE (channel, external_id)
);
-- Residents reached on another channel are found by their chat key.
CREATE INDEX resident_chat ON resident (chat_id);

-- Zalo OA webhook events, stored before the 200 and handled in order per person.
CREATE TABLE zalo_event (
    id            INTEGER      PRIMARY KEY AUTOINCREMENT,
    message_id    VARCHAR(128) NOT NULL UNIQUE,
    chat_id       BIGINT       NOT NULL,
    event_name    VARCHAR(64)  NOT NULL,
    payload       TEXT,
    received_at   VARCHAR(24)  NOT NULL,
    processed_at  VARCHAR(24),
    outcome       VARCHAR(16)
);
CREATE INDEX zalo_event_pending ON zalo_event (chat_id, id) WHERE processed_at IS NULL;

-- The choices last offered to a Zalo chat as numbered lines: the person answers with the number,
-- the token behind it never leaves the server.
CREATE TABLE zalo_choice (
    chat_id   BIGINT      NOT NULL,
    number    INTEGER     NOT NULL,
    token     VARCHAR(64) NOT NULL,
    PRIMARY KEY (chat_id, number)
);

-- The OA's token pair: Zalo's refresh token is single-use, so the new pair replaces the old in
-- one conditional UPDATE; refreshing_until is the claim of the one instance refreshing now.
CREATE TABLE zalo_token (
    id                 INTEGER      PRIMARY KEY CHECK (id = 1),
    access_token       TEXT,
    refresh_token      TEXT         NOT NULL,
    expires_at         VARCHAR(24),
    refreshing_until   VARCHAR(24),
    updated_at         VARCHAR(24)  NOT NULL
);
