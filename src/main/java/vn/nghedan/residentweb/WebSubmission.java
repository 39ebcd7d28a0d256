package vn.nghedan.residentweb;

/**
 * What a resident sends from the page or the public API, as typed: checked by {@link WebFiling}.
 * {@code kind} and {@code topic} stay text until then, so a bad value is named, not a 500.
 */
record WebSubmission(
        String ward,
        String neighbourhood,
        String kind,
        String topic,
        String text,
        boolean anonymous,
        String name,
        String contact) {}
