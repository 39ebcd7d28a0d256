package vn.nghedan.officials.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionEvent;

/**
 * One submission with everything an official needs to decide on it: history, files, place,
 * answer. {@code author} and {@code contact} appear only where {@link OfficialUser} allows.
 *
 * <p>Public because {@code api}, {@code console} and the tests of {@code console} use it.
 */
public record SubmissionDetail(
        long number,
        String reference,
        Kind kind,
        int topic,
        String ward,
        String neighbourhood,
        String text,
        Status status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int supporters,
        int issues,
        boolean anonymous,
        Channel channel,
        Long sessionId,
        Long carriedFromSessionId,
        Long mergedInto,
        List<Long> mergedFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) String author,
        @JsonInclude(JsonInclude.Include.NON_NULL) String contact,
        Place location,
        List<File> attachments,
        String reason,
        String referredTo,
        Reply answer,
        List<Step> history) {

    public record Place(double latitude, double longitude) {}

    /** A file the resident sent: its name (photos have none) and kind; the content is not in the API. */
    record File(String name, String kind) {}

    record Reply(
            String text,
            String answeredBy,
            AnswerForm form,
            String commitment,
            LocalDate deadline,
            OffsetDateTime answeredAt) {}

    public record Step(OffsetDateTime at, String actor, String action, Status from, Status to, String note) {}

    public static SubmissionDetail of(Submission s, List<Long> mergedFrom, OfficialUser reader) {
        return of(s, mergedFrom, reader, null);
    }

    /** As the API shows it: the khóm by its code within its ward (console pages pass no names). */
    public static SubmissionDetail of(Submission s, List<Long> mergedFrom, OfficialUser reader, Neighbourhoods names) {
        PublicCodes.Shown khom = PublicCodes.shown(s.getNeighbourhoodCode(), names);
        return new SubmissionDetail(
                s.number(),
                s.reference(),
                s.getKind(),
                s.getTopic(),
                khom.ward(),
                khom.khom(),
                s.getText(),
                s.getStatus(),
                ApiTime.format(s.getCreatedAt()),
                ApiTime.format(s.getUpdatedAt()),
                s.getSupporters(),
                s.getIssues(),
                s.isAnonymous(),
                s.getChannel(),
                s.getSessionId(),
                s.getCarriedFromSessionId(),
                s.getMergedInto(),
                mergedFrom,
                reader.authorShownTo(s),
                reader.contactShownTo(s),
                s.getLatitude() == null || s.getLongitude() == null
                        ? null
                        : new Place(s.getLatitude(), s.getLongitude()),
                s.getAttachments().stream()
                        .map(a -> new File(a.fileName(), a.kind()))
                        .toList(),
                s.getReason(),
                s.getReferredTo(),
                s.getAnswerText() == null
                        ? null
                        : new Reply(
                                s.getAnswerText(),
                                s.getAnsweredBy(),
                                s.getAnswerForm(),
                                s.getCommitment(),
                                s.getCommitmentDeadline(),
                                ApiTime.format(s.getAnsweredAt())),
                s.getEvents().stream().map(SubmissionDetail::step).toList());
    }

    private static Step step(SubmissionEvent e) {
        return new Step(ApiTime.format(e.at()), e.actor(), e.action(), e.fromStatus(), e.toStatus(), e.note());
    }
}
