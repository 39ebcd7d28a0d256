-- Lighter per update (issue 12 part 3): the processor asks for the ids of pending updates many
-- times a second. With processed_at in the partial index the question is answered from the index
-- alone; without it each pending row was looked up in the table (a few rows a page: raw updates
-- are about a kilobyte) to check a column the index's own condition already guarantees.
DROP INDEX telegram_update_pending;
CREATE INDEX telegram_update_pending ON telegram_update (update_id, processed_at) WHERE processed_at IS NULL;
