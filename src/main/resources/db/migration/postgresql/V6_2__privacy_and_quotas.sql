-- PostgreSQL edition of sqlite/V6_2__privacy_and_quotas.sql. Attachments: Telegram's
-- file_unique_id (the same file sent twice is kept once), and the state of the download: bounded
-- attempts with a pause between them, then FAILED; QUOTA when the attachments quota was full.
ALTER TABLE submission_attachment ADD COLUMN file_unique_id text;
ALTER TABLE submission_attachment ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE submission_attachment ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE submission_attachment ADD COLUMN failure text;
CREATE INDEX submission_attachment_unique ON submission_attachment (file_unique_id);
