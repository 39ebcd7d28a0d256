package vn.nghedan.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A submission as the agenda sees it, whatever its status; the compiler decides whether it
 * belongs on a session's agenda.
 *
 * @param number the public reference ({@code #42})
 * @param kind {@code QUESTION}, {@code COMPLAINT} or {@code PROPOSAL}
 * @param topic 1..6 as in the design notes
 * @param authorName null when anonymous or unknown; never shown when {@code anonymous}
 * @param channel {@code BOT}, {@code ZALO}, {@code SPOKEN}, {@code WRITTEN}, {@code PHONE} or {@code WEB}
 * @param supporters people backing it, the author included (at least 1)
 * @param issues how many issues (nội dung) it raises (at least 1)
 * @param status {@code NEW}, {@code ACCEPTED}, {@code ANSWERED}, {@code REJECTED}, {@code MERGED},
 *     {@code REFERRED} or {@code WITHDRAWN}
 * @param sessionId the session it was accepted to, or null
 * @param carriedFromSessionId the earlier session whose agenda it was on without being answered
 * @param answer null unless answered or referred
 */
public record AgendaCandidate(
        long number,
        String kind,
        int topic,
        String neighbourhoodCode,
        String text,
        String authorName,
        boolean anonymous,
        String channel,
        int supporters,
        int issues,
        Instant createdAt,
        String status,
        Long sessionId,
        Long carriedFromSessionId,
        Answer answer) {

    public AgendaCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(neighbourhoodCode, "neighbourhoodCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        Topic.of(topic);
        text = text == null ? "" : text;
        // The author always backs their own submission, and a submission raises at least one issue.
        supporters = Math.max(1, supporters);
        issues = Math.max(1, issues);
    }

    /** The author's name when it may be shown: present and not withheld by the resident. */
    String shownAuthor() {
        return anonymous || authorName == null || authorName.isBlank() ? null : authorName;
    }

    /**
     * What happened to a submission at its session.
     *
     * @param form {@code AT_SESSION} or {@code IN_WRITING}
     * @param commitment what the ward undertook to do, or null
     * @param deadline by when, or null
     * @param referredTo the body it was referred to when beyond the ward's authority, or null
     */
    public record Answer(
            String answeredBy, String form, String text, String commitment, LocalDate deadline, String referredTo) {}
}
