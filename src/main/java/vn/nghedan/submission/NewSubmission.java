package vn.nghedan.submission;

import java.util.List;

/**
 * A filing request from any channel. {@code sourceKey} makes filing idempotent: the same draft
 * confirmed twice files once.
 */
public record NewSubmission(
        Long residentId,
        String neighbourhoodCode,
        Kind kind,
        int topic,
        String text,
        boolean anonymous,
        Channel channel,
        String authorName,
        String contact,
        Double latitude,
        Double longitude,
        List<Attachment> attachments,
        String sourceKey,
        String actor) {

    public NewSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
