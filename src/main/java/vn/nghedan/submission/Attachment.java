package vn.nghedan.submission;

import org.springframework.data.relational.core.mapping.Table;

/** A photo, document or voice note kept in the data folder after Telegram forgets it. */
@Table("submission_attachment")
public record Attachment(String kind, String fileName, String storedPath, Long sizeBytes, String telegramFileId) {}
