package vn.nghedan.submission;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.AfterCommit;
import vn.nghedan.resident.ResidentForgotten;

/**
 * Decree 13: a forgotten person's submissions stay, anonymised ("a resident of Khóm X"); their
 * "me too" supports lose the link to them (the counts stay); their files go unless they let the
 * ward keep them. Files are deleted after the commit, so a rollback never loses one.
 */
@Component
class SubmissionErasure {

    private static final Logger log = LoggerFactory.getLogger(SubmissionErasure.class);

    private final SubmissionRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;

    SubmissionErasure(SubmissionRepository repository, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void forget(ResidentForgotten forgotten) {
        List<String> dropped = new ArrayList<>();
        for (Submission s : repository.findRecentByResident(forgotten.residentId(), Integer.MAX_VALUE)) {
            dropped.addAll(s.anonymise(forgotten.keepFiles(), clock.instant()));
            repository.save(s);
        }
        jdbc.sql("DELETE FROM submission_supporter WHERE resident_id = ?")
                .param(forgotten.residentId())
                .update();
        deleteUnused(dropped);
    }

    /**
     * The author of one submission filed without a resident behind it (the web page: a name, a
     * contact and photos on the submission alone) is forgotten: the same as {@code /forget} does to
     * a resident's submissions, files included.
     *
     * @return false when there was nothing of a person on it, or a resident is behind it (whose
     *     erasure is {@code /forget}, covering all their submissions)
     */
    boolean forgetGuest(Submission s, String actor) {
        if (s.getResidentId() != null || !s.hasPersonalData()) {
            return false;
        }
        List<String> dropped = s.forgetGuest(actor, clock.instant());
        repository.save(s);
        deleteUnused(dropped);
        return true;
    }

    private void deleteUnused(List<String> dropped) {
        // A file sent twice is kept once (file_unique_id): it stays while another row uses it.
        List<String> unused = dropped.stream()
                .distinct()
                .filter(path -> jdbc.sql("SELECT COUNT(*) FROM submission_attachment WHERE stored_path = ?")
                                .param(path)
                                .query(Long.class)
                                .single()
                        == 0)
                .toList();
        if (!unused.isEmpty()) {
            AfterCommit.run(() -> unused.forEach(SubmissionErasure::delete));
        }
    }

    private static void delete(String stored) {
        Path file = Path.of(stored);
        try {
            Files.deleteIfExists(file);
            Files.delete(file.getParent());
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            // other files of the submission stay; or the folder is gone already
        } catch (IOException e) {
            log.warn("A forgotten resident's file could not be deleted: {}", e.toString());
        }
    }
}
