package vn.nghedan.submission;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface SubmissionRepository extends CrudRepository<Submission, Long> {

    @Query("SELECT * FROM submission WHERE resident_id = :residentId ORDER BY id DESC LIMIT :limit")
    List<Submission> findRecentByResident(long residentId, int limit);

    @Query("SELECT * FROM submission WHERE merged_into = :number")
    List<Submission> findMergedInto(long number);
}
