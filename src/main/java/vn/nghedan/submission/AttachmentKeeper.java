package vn.nghedan.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies attached photos, documents and voice notes into the data folder, so officials can see
 * and print them after the messenger forgets them. Runs in the background, outside the filing
 * transaction, and retries what failed on its next round.
 */
@Component
class AttachmentKeeper {

    private static final Logger log = LoggerFactory.getLogger(AttachmentKeeper.class);
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<FileSource> source;
    private final Path folder;

    AttachmentKeeper(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<FileSource> source,
            @Value("${nghedan.data-folder:./data}") String dataFolder) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.source = source;
        this.folder = Path.of(dataFolder, "attachments");
    }

    record Pending(long submission, int key, String fileId, String fileName) {}

    @Scheduled(fixedDelayString = "${nghedan.attachments.poll-ms:5000}", initialDelay = 5000)
    // One instance downloads at a time, so two never fetch the same file into the shared folder.
    @SchedulerLock(name = "attachment-downloads", lockAtMostFor = "PT10M")
    void keepPending() {
        FileSource files = source.getIfAvailable();
        if (files == null) {
            return;
        }
        List<Pending> pending = jdbc.sql("SELECT submission, submission_key, telegram_file_id, file_name"
                        + " FROM submission_attachment WHERE stored_path IS NULL AND telegram_file_id IS NOT NULL"
                        + " ORDER BY submission LIMIT 50")
                .query((rs, i) -> new Pending(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Pending p : pending) {
            try {
                keep(files, p);
            } catch (IOException | RuntimeException e) {
                log.warn("Attachment {} of #{} not kept yet: {}", p.key(), p.submission(), e.getMessage());
            }
        }
    }

    private void keep(FileSource files, Pending p) throws IOException {
        byte[] content = files.fetch(p.fileId(), MAX_BYTES);
        Path dir = folder.resolve(Long.toString(p.submission()));
        Files.createDirectories(dir);
        Path target = dir.resolve(p.key() + "-" + safeName(p.fileName()));
        Path temp = Files.createTempFile(dir, "incoming", ".part");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // In a transaction: it queues on the app's write lock instead of meeting SQLITE_BUSY.
        tx.executeWithoutResult(
                s -> jdbc.sql("UPDATE submission_attachment SET stored_path = ?, size_bytes = ? WHERE submission = ?"
                                + " AND submission_key = ?")
                        .params(target.toString(), content.length, p.submission(), p.key())
                        .update());
    }

    /** Only letters, digits, dot, dash and underscore: a resident's file name never reaches a path as is. */
    static String safeName(String name) {
        String base = name == null
                ? "file"
                : Path.of(name.replace('\\', '/')).getFileName().toString();
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "file" + safe;
        }
        return safe.length() > 80 ? safe.substring(safe.length() - 80) : safe;
    }
}
