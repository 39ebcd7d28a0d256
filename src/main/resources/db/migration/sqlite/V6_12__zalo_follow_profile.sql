-- Zalo's unfollow event (issue 15): the person stopped following the OA, so the ward may not
-- write to them there until they follow again or write; the console lists them with the
-- out-of-window ones. Cleared by their next follow or message.
ALTER TABLE channel_address ADD COLUMN unfollowed_at VARCHAR(24);

-- The Zalo display name (OA API "user detail"), looked up once when a person first reaches the
-- OA: their name as the bot's Telegram first name is used. A row with no name is a lookup that
-- failed: it is not tried again. Erased with the person (Decree 13).
CREATE TABLE zalo_profile (
    chat_id       BIGINT       PRIMARY KEY,
    display_name  VARCHAR(100),
    checked_at    VARCHAR(24)  NOT NULL
);
