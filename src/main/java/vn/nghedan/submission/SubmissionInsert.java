package vn.nghedan.submission;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.SqlRows;

/**
 * Writes a newly filed submission with its history and files in plain SQL: one INSERT … RETURNING
 * for the row and one multi-row INSERT each for its events and attachments. Spring Data's save of
 * the new aggregate (mapping, the change graph, an id lookup per insert, one statement per child
 * row) was a sixth of the bot's work in handling the update that files it. Later changes to a
 * submission still go through the repository, which reads what these rows hold (version 0, as
 * Spring Data starts a wrapper-typed version).
 */
@Component
class SubmissionInsert {

    private final JdbcClient jdbc;

    SubmissionInsert(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a submission made by {@link Submission#file} and returns it numbered. */
    Submission insert(Submission s) {
        long id = jdbc.sql("INSERT INTO submission (resident_id, neighbourhood_code, kind, topic, text, folded,"
                        + " anonymous, channel, status, issues, supporters, author_name, contact, latitude,"
                        + " longitude, source_key, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id")
                .params(
                        s.getResidentId(),
                        s.getNeighbourhoodCode(),
                        s.getKind().name(),
                        s.getTopic(),
                        s.getText(),
                        s.getFolded(),
                        s.isAnonymous(),
                        s.getChannel().name(),
                        s.getStatus().name(),
                        s.getIssues(),
                        s.getSupporters(),
                        s.getAuthorName(),
                        s.getContact(),
                        s.getLatitude(),
                        s.getLongitude(),
                        s.sourceKey(),
                        DbTime.of(s.getCreatedAt()),
                        DbTime.of(s.getUpdatedAt()))
                .query(Long.class)
                .single();
        List<SubmissionEvent> events = s.getEvents();
        if (!events.isEmpty()) {
            List<Object> params = new ArrayList<>(events.size() * 8);
            for (int key = 0; key < events.size(); key++) {
                SubmissionEvent e = events.get(key);
                params.add(id);
                params.add(key);
                params.add(DbTime.of(e.at()));
                params.add(e.actor());
                params.add(e.action());
                params.add(e.fromStatus() == null ? null : e.fromStatus().name());
                params.add(e.toStatus() == null ? null : e.toStatus().name());
                params.add(e.note());
            }
            jdbc.sql("INSERT INTO submission_event (submission, submission_key, at, actor, action, from_status,"
                            + " to_status, note) VALUES " + SqlRows.of("(?, ?, ?, ?, ?, ?, ?, ?)", events.size()))
                    .params(params)
                    .update();
        }
        List<Attachment> attachments = s.getAttachments();
        if (!attachments.isEmpty()) {
            List<Object> params = new ArrayList<>(attachments.size() * 11);
            for (int key = 0; key < attachments.size(); key++) {
                Attachment a = attachments.get(key);
                params.add(id);
                params.add(key);
                params.add(a.kind());
                params.add(a.fileName());
                params.add(a.storedPath());
                params.add(a.sizeBytes());
                params.add(a.telegramFileId());
                params.add(a.fileUniqueId());
                params.add(a.attempts());
                params.add(DbTime.of(a.nextAttemptAt()));
                params.add(a.failure());
            }
            jdbc.sql("INSERT INTO submission_attachment (submission, submission_key, kind, file_name, stored_path,"
                            + " size_bytes, telegram_file_id, file_unique_id, attempts, next_attempt_at, failure)"
                            + " VALUES " + SqlRows.of("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", attachments.size()))
                    .params(params)
                    .update();
        }
        s.numbered(id);
        return s;
    }
}
