package vn.nghedan.submission;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A photo, document or voice note kept in the data folder after Telegram forgets it. Until it is
 * kept, {@code attempts} and {@code nextAttemptAt} pace its download; {@code failure} says why it
 * never will be: {@link #FAILED} (the messenger would not give it) or {@link #QUOTA} (the ward's
 * attachments quota was full).
 */
@Table("submission_attachment")
public record Attachment(
        String kind,
        String fileName,
        String storedPath,
        Long sizeBytes,
        String telegramFileId,
        String fileUniqueId,
        int attempts,
        Instant nextAttemptAt,
        String failure) {

    public static final String FAILED = "FAILED";
    public static final String QUOTA = "QUOTA";

    public Attachment(String kind, String fileName, String storedPath, Long sizeBytes, String telegramFileId) {
        this(kind, fileName, storedPath, sizeBytes, telegramFileId, null, 0, null, null);
    }

    /** A file just received, still at the messenger: the keeper fetches it. */
    public static Attachment received(String kind, String fileName, Long sizeBytes, String fileId, String uniqueId) {
        return new Attachment(kind, fileName, null, sizeBytes, fileId, uniqueId, 0, null, null);
    }

    /** Decree 13: the messenger's ids go with the person; the file stays only if they allowed it. */
    Attachment erased(boolean keepFile) {
        return new Attachment(
                kind,
                keepFile ? fileName : null,
                keepFile ? storedPath : null,
                keepFile ? sizeBytes : null,
                null,
                null,
                attempts,
                null,
                failure);
    }
}
