package vn.nghedan.residentweb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Status;

/** What a follow link shows: the matter, where it stands, its steps and the ward's answer. */
record Following(
        long number,
        String reference,
        String neighbourhood,
        Kind kind,
        int topic,
        String text,
        Instant createdAt,
        Status status,
        List<Step> history,
        Reply answer,
        Long mergedInto,
        String reason,
        String referredTo) {

    /** One step; who did it is the ward's business, not the page's. */
    record Step(Instant at, String action, Status status) {}

    /** The ward's answer (of the submission this one was merged into, when it was). */
    record Reply(String text, String answeredBy, Instant at, String commitment, LocalDate deadline) {}
}
