-- Sending lanes (issue 12): 1 = a reply to a person's own action, 2 = news of their own matter,
-- 3 = a broadcast. The relay serves the bot's one ceiling in this order, so a reply no longer
-- waits behind a whole neighbourhood's announcement. Rows written before: a broadcast stays a
-- broadcast, a row without a dedup key was a reply, the rest were planned notices.
ALTER TABLE outbox ADD COLUMN lane INTEGER NOT NULL DEFAULT 2;
UPDATE outbox SET lane = 3 WHERE broadcast = 1;
UPDATE outbox SET lane = 1 WHERE broadcast = 0 AND dedup_key IS NULL;
-- The dispatcher reads each lane's due rows in id order.
CREATE INDEX outbox_lane_pending ON outbox (lane, id) WHERE status = 'PENDING';
