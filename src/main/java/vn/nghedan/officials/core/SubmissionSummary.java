package vn.nghedan.officials.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;

/**
 * One line of a submission list; {@code author} only where {@link OfficialUser#authorShownTo} allows.
 *
 * <p>Public because {@code api}, {@code console} use it.
 */
public record SubmissionSummary(
        long number,
        String reference,
        Kind kind,
        int topic,
        String ward,
        String neighbourhood,
        String text,
        Status status,
        OffsetDateTime createdAt,
        int supporters,
        boolean anonymous,
        Channel channel,
        Long sessionId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String author) {

    public static SubmissionSummary of(Submission s, OfficialUser reader) {
        return of(s, reader, null);
    }

    /** As the API shows it: the khóm by its code within its ward (console pages pass no names). */
    public static SubmissionSummary of(Submission s, OfficialUser reader, Neighbourhoods names) {
        PublicCodes.Shown khom = PublicCodes.shown(s.getNeighbourhoodCode(), names);
        return new SubmissionSummary(
                s.number(),
                s.reference(),
                s.getKind(),
                s.getTopic(),
                khom.ward(),
                khom.khom(),
                s.getText(),
                s.getStatus(),
                ApiTime.format(s.getCreatedAt()),
                s.getSupporters(),
                s.isAnonymous(),
                s.getChannel(),
                s.getSessionId(),
                reader.authorShownTo(s));
    }
}
