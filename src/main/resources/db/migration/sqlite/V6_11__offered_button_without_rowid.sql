-- Lighter per update (issue 12 part 3): a prompt's buttons are written on nearly every update,
-- and a button is only ever looked up by its token. As a WITHOUT ROWID table the rows live in the
-- token's own b-tree: an insert writes that tree and the two indexes, where the rowid table also
-- kept a separate index of the token (four trees per row). The chat index keeps only what it is
-- read by (DELETE … WHERE chat_id = ?, Decree 13): the generation was never looked up.
CREATE TABLE offered_button_new (
    token        VARCHAR(16) NOT NULL PRIMARY KEY,
    chat_id      BIGINT      NOT NULL,
    action       VARCHAR(40) NOT NULL,
    argument     VARCHAR(200),
    generation   INTEGER,
    expires_at   VARCHAR(24) NOT NULL,
    used_at      VARCHAR(24)
) WITHOUT ROWID;
INSERT INTO offered_button_new (token, chat_id, action, argument, generation, expires_at, used_at)
    SELECT token, chat_id, action, argument, generation, expires_at, used_at FROM offered_button;
DROP TABLE offered_button;
ALTER TABLE offered_button_new RENAME TO offered_button;
CREATE INDEX offered_button_chat ON offered_button (chat_id);
CREATE INDEX offered_button_expiry ON offered_button (expires_at);
