package vn.nghedan.submission;

import java.time.Instant;
import java.time.LocalDate;

/** A submission's fields without its history or attachments: what lists and agendas read, fast. */
public record SubmissionSummary(
        long number,
        Long residentId,
        Kind kind,
        int topic,
        String neighbourhoodCode,
        String text,
        String authorName,
        boolean anonymous,
        Channel channel,
        int supporters,
        int issues,
        Instant createdAt,
        Status status,
        Long sessionId,
        Long carriedFromSessionId,
        String answerText,
        String answeredBy,
        AnswerForm answerForm,
        String commitment,
        LocalDate commitmentDeadline,
        String referredTo) {

    /** The reference residents see: {@code #42}. */
    public String reference() {
        return "#" + number;
    }
}
