-- Attachments: Telegram's file_unique_id (the same file sent twice is kept once), and the state
-- of the download: bounded attempts with a pause between them, then FAILED; QUOTA when the
-- ward's attachments quota was full. A row with a failure is not tried again.
ALTER TABLE submission_attachment ADD COLUMN file_unique_id VARCHAR(200);
ALTER TABLE submission_attachment ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submission_attachment ADD COLUMN next_attempt_at VARCHAR(24);
ALTER TABLE submission_attachment ADD COLUMN failure VARCHAR(12);
CREATE INDEX submission_attachment_unique ON submission_attachment (file_unique_id);
