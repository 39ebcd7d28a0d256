package vn.nghedan.submission;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One step in a submission's history: who did what, when, and why. */
@Table("submission_event")
public record SubmissionEvent(
        Instant at, String actor, String action, Status fromStatus, Status toStatus, String note) {}
