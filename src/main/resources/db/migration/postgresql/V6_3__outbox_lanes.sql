-- PostgreSQL edition of sqlite/V6_3__outbox_lanes.sql. Sending lanes (issue 12): 1 = a reply to
-- a person's own action, 2 = news of their own matter, 3 = a broadcast. Rows written before: a
-- broadcast stays a broadcast, a row without a dedup key was a reply, the rest were notices.
ALTER TABLE outbox ADD COLUMN lane integer NOT NULL DEFAULT 2;
UPDATE outbox SET lane = 3 WHERE broadcast;
UPDATE outbox SET lane = 1 WHERE NOT broadcast AND dedup_key IS NULL;
-- The dispatcher reads each lane's due rows in id order.
CREATE INDEX outbox_lane_pending ON outbox (lane, id) WHERE status = 'PENDING';
