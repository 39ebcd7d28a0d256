package vn.nghedan.officials;

import java.util.List;

/** A page of a submission list: {@code page} is 0-based, {@code total} counts all matches. */
record SubmissionPage(List<SubmissionSummary> items, long total, int page, int size) {}
