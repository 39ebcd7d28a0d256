package vn.nghedan.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.nghedan.platform.DbTime;

/**
 * Copies attached photos, documents and voice notes into the data folder, so officials can see
 * and print them after the messenger forgets them. Runs in the background, outside the filing
 * transaction. A download that fails is tried again after a growing pause, at most {@link
 * #MAX_ATTEMPTS} times, then marked {@link Attachment#FAILED}; files never tried come first, so a
 * broken one never holds up newer ones. A file the ward already keeps (same file_unique_id) is not
 * fetched or stored again. Beyond the attachments quota ({@code NGHEDAN_ATTACHMENTS_MAX}) new
 * files are not kept ({@link Attachment#QUOTA}); the submission itself was filed regardless.
 */
@Component
class AttachmentKeeper {

    private static final Logger log = LoggerFactory.getLogger(AttachmentKeeper.class);
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<FileSource> source;
    private final Clock clock;
    private final Path folder;
    private final long quotaBytes;
    private final Duration firstPause;

    AttachmentKeeper(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<FileSource> source,
            Clock clock,
            @Value("${nghedan.data-folder:./data}") String dataFolder,
            @Value("${nghedan.attachments.max:5GB}") String quota,
            @Value("${nghedan.attachments.retry-pause:30s}") Duration firstPause) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.source = source;
        this.clock = clock;
        this.folder = Path.of(dataFolder, "attachments");
        this.quotaBytes =
                DataSize.parse(quota.strip().toUpperCase(java.util.Locale.ROOT)).toBytes();
        this.firstPause = firstPause;
    }

    record Pending(
            long submission, int key, String fileId, String fileName, String uniqueId, Long size, int attempts) {}

    @Scheduled(fixedDelayString = "${nghedan.attachments.poll-ms:5000}", initialDelay = 5000)
    // One instance downloads at a time, so two never fetch the same file into the shared folder.
    @SchedulerLock(name = "attachment-downloads", lockAtMostFor = "PT10M")
    void keepPending() {
        List<FileSource> sources = source.orderedStream().toList();
        if (sources.isEmpty()) {
            return;
        }
        List<Pending> pending = jdbc.sql(
                        "SELECT submission, submission_key, telegram_file_id, file_name, file_unique_id,"
                                + " size_bytes, attempts FROM submission_attachment WHERE stored_path IS NULL"
                                + " AND telegram_file_id IS NOT NULL AND failure IS NULL"
                                + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                                + " ORDER BY attempts, submission DESC, submission_key LIMIT " + BATCH)
                .param(DbTime.of(clock.instant()))
                .query((rs, i) -> new Pending(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getInt(7)))
                .list();
        for (Pending p : pending) {
            FileSource files = sources.stream()
                    .filter(f -> f.holds(p.fileId()))
                    .findFirst()
                    .orElse(null);
            if (files == null) {
                // Its channel is not configured on this instance: left for one that has it.
                continue;
            }
            try {
                keep(files, p);
            } catch (IOException | RuntimeException e) {
                failed(p, e);
            }
        }
    }

    private void keep(FileSource files, Pending p) throws IOException {
        Optional<Kept> same = keptAlready(p.uniqueId());
        if (same.isPresent()) {
            stored(p, same.get().path(), same.get().size());
            return;
        }
        if (p.size() != null && used() + p.size() > quotaBytes) {
            overQuota(p);
            return;
        }
        byte[] content = files.fetch(p.fileId(), MAX_BYTES);
        if (used() + content.length > quotaBytes) {
            overQuota(p);
            return;
        }
        Path dir = folder.resolve(Long.toString(p.submission()));
        Files.createDirectories(dir);
        Path target = dir.resolve(p.key() + "-" + safeName(p.fileName()));
        Path temp = Files.createTempFile(dir, "incoming", ".part");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        stored(p, target.toString(), content.length);
    }

    record Kept(String path, long size) {}

    private Optional<Kept> keptAlready(String uniqueId) {
        if (uniqueId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT stored_path, size_bytes FROM submission_attachment WHERE file_unique_id = ?"
                        + " AND stored_path IS NOT NULL LIMIT 1")
                .param(uniqueId)
                .query((rs, i) -> new Kept(rs.getString(1), rs.getLong(2)))
                .optional();
    }

    /** Bytes kept in the folder, each file once however many attachments share it. */
    long used() {
        return jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM (SELECT DISTINCT stored_path, size_bytes"
                        + " FROM submission_attachment WHERE stored_path IS NOT NULL) kept")
                .query(Long.class)
                .single();
    }

    // Each write in a transaction: it queues on the app's write lock instead of meeting SQLITE_BUSY.

    private void stored(Pending p, String path, long size) {
        tx.executeWithoutResult(s -> jdbc.sql("UPDATE submission_attachment SET stored_path = ?, size_bytes = ?,"
                        + " next_attempt_at = NULL WHERE submission = ? AND submission_key = ?")
                .params(path, size, p.submission(), p.key())
                .update());
    }

    private void overQuota(Pending p) {
        log.warn("Attachment {} of #{} not kept: the attachments quota is full", p.key(), p.submission());
        mark(p, p.attempts(), null, Attachment.QUOTA);
    }

    private void failed(Pending p, Exception e) {
        int attempts = p.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            log.warn(
                    "Attachment {} of #{} given up after {} tries: {}",
                    p.key(),
                    p.submission(),
                    attempts,
                    e.getMessage());
            mark(p, attempts, null, Attachment.FAILED);
        } else {
            log.info("Attachment {} of #{} not kept yet: {}", p.key(), p.submission(), e.getMessage());
            // 1, 2, 4, 8 pauses: with the default 30 s, the last try is some 7.5 minutes after the first.
            Instant next = clock.instant().plus(firstPause.multipliedBy(1L << (attempts - 1)));
            mark(p, attempts, next, null);
        }
    }

    private void mark(Pending p, int attempts, Instant next, String failure) {
        tx.executeWithoutResult(s -> jdbc.sql("UPDATE submission_attachment SET attempts = ?, next_attempt_at = ?,"
                        + " failure = ? WHERE submission = ? AND submission_key = ?")
                .params(attempts, next == null ? null : DbTime.of(next), failure, p.submission(), p.key())
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
