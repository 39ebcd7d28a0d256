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
        String referredTo,
        Meeting meeting,
        Personal personal) {

    /** The dialogue session where the ward will answer it (planned, not yet held). */
    record Meeting(String title, Instant startsAt, String venue) {}

    /**
     * What the ward keeps of the author, shown only on the author's own link (not a supporter's)
     * so that they can see it and have it erased; the contact is shown masked, in case the link
     * was passed on.
     */
    record Personal(String name, String maskedContact, int photos) {}

    /** One step; who did it is the ward's business, not the page's. */
    record Step(Instant at, String action, Status status) {}

    /** The ward's answer (of the submission this one was merged into, when it was). */
    record Reply(String text, String answeredBy, Instant at, String commitment, LocalDate deadline) {}
}
