package vn.nghedan.officials.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.SubmissionQueries;
import vn.nghedan.officials.core.SubmissionSummary;
import vn.nghedan.platform.Ward;
import vn.nghedan.submission.Submissions;
import vn.nghedan.submission.Topic;

/**
 * The console's submission list: the page's filters turned into the submission module's {@link
 * Submissions.Filter}, always narrowed to the neighbourhoods the official may see.
 */
@Service
class ConsoleSubmissionSearch {

    static final int PAGE_SIZE = 25;
    /** A CSV export stops here; an office wanting more narrows the filters. */
    static final int EXPORT_LIMIT = 10_000;

    private static final int MAX_QUERY = 200;

    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;

    ConsoleSubmissionSearch(Submissions submissions, Neighbourhoods neighbourhoods) {
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
    }

    /** One page of results; {@code page} counts from 1. */
    record Result(List<SubmissionSummary> items, long total, int page, int pages) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** Checks what the form cannot: known neighbourhood, topic range, query length, date order. */
    void validate(ConsoleSubmissionFilter filter, Errors errors) {
        if (filter.getNeighbourhood() != null
                && !filter.getNeighbourhood().isBlank()
                && neighbourhoods.byCode(filter.getNeighbourhood()).isEmpty()) {
            errors.rejectValue("neighbourhood", "console.filter.unknown-neighbourhood");
        }
        if (filter.getWard() != null
                && !filter.getWard().isBlank()
                && neighbourhoods.ward(filter.getWard().strip()).isEmpty()) {
            errors.rejectValue("ward", "console.filter.unknown-ward");
        }
        if (filter.getTopic() != null && !Topic.isValid(filter.getTopic())) {
            errors.rejectValue("topic", "console.filter.topic-range");
        }
        if (filter.getQ() != null && filter.getQ().length() > MAX_QUERY) {
            errors.rejectValue("q", "console.error.too-long", new Object[] {MAX_QUERY}, null);
        }
        if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
            errors.rejectValue("to", "console.filter.dates-reversed");
        }
    }

    Result page(ConsoleSubmissionFilter filter, OfficialUser reader) {
        int page = filter.pageNumber();
        Submissions.Page found = submissions.search(toFilter(filter, reader), page - 1, PAGE_SIZE);
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Result(
                found.items().stream().map(s -> SubmissionSummary.of(s, reader)).toList(), found.total(), page, pages);
    }

    /** Every match (up to {@link #EXPORT_LIMIT}), newest first: the current view, all its pages. */
    List<SubmissionSummary> all(ConsoleSubmissionFilter filter, OfficialUser reader) {
        Submissions.Filter criteria = toFilter(filter, reader);
        List<SubmissionSummary> rows = new ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            Submissions.Page found = submissions.search(criteria, page, SubmissionQueries.MAX_SIZE);
            found.items().stream()
                    .limit(EXPORT_LIMIT - (long) rows.size())
                    .forEach(s -> rows.add(SubmissionSummary.of(s, reader)));
            if (found.items().size() < SubmissionQueries.MAX_SIZE) {
                break;
            }
        }
        return rows;
    }

    /** Dates are whole days in the ward's time; "to" includes its day. */
    private Submissions.Filter toFilter(ConsoleSubmissionFilter filter, OfficialUser reader) {
        String code = neighbourhoods
                .byCode(filter.getNeighbourhood())
                .map(Neighbourhood::code)
                .orElse(null);
        Instant from = filter.getFrom() == null
                ? null
                : filter.getFrom().atStartOfDay(Ward.ZONE).toInstant();
        Instant to = filter.getTo() == null
                ? null
                : filter.getTo().plusDays(1).atStartOfDay(Ward.ZONE).toInstant();
        Collection<String> visible = reader.visibleAmong(code);
        if (filter.getWard() != null && !filter.getWard().isBlank()) {
            // the ward narrows what the official may see; it never widens it
            Set<String> ofWard = neighbourhoods
                    .ward(filter.getWard().strip())
                    .map(w -> neighbourhoods.codesOf(w.id()))
                    .orElse(Set.of());
            visible = visible == null
                    ? ofWard
                    : visible.stream().filter(ofWard::contains).toList();
        }
        return new Submissions.Filter(
                visible,
                filter.getStatus(),
                filter.getTopic(),
                filter.getChannel(),
                filter.getSession(),
                filter.getQ(),
                from,
                to);
    }
}
