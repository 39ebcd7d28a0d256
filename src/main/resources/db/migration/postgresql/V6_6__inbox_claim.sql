-- Several instances claim the inbox per chat: an update is taken only when no earlier update of
-- its chat is unprocessed (telegram/UpdateInbox#claim). This index answers that question from
-- the pending rows alone.
CREATE INDEX telegram_update_pending_chat ON telegram_update (chat_id, update_id) WHERE processed_at IS NULL;
