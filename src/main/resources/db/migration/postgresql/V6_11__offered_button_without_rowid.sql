-- Lighter per update (issue 12 part 3). On SQLite this version makes offered_button a WITHOUT
-- ROWID table (one b-tree less per button written). PostgreSQL has no rowid to drop: its table
-- and primary-key index stay as they are. The one change both engines share: the chat index
-- keeps only what it is read by (DELETE … WHERE chat_id = ?, Decree 13); the generation was never
-- looked up.
DROP INDEX offered_button_chat;
CREATE INDEX offered_button_chat ON offered_button (chat_id);
