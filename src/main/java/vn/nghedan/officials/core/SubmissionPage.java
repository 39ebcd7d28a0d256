package vn.nghedan.officials.core;

import java.util.List;

/**
 * A page of a submission list: {@code page} is 0-based, {@code total} counts all matches.
 *
 * <p>Public because {@code api} uses it.
 */
public record SubmissionPage(List<SubmissionSummary> items, long total, int page, int size) {}
