package vn.nghedan.officials.core;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;
import vn.nghedan.submission.Topic;

/**
 * Reading submissions as an official: a head's neighbourhoods are part of every query, and a
 * submission outside them is answered like one that does not exist (its existence is not theirs
 * to know either).
 *
 * <p>Public because {@code api}, {@code bot}, {@code console} use it.
 */
@Service
public class SubmissionQueries {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    private static final int MAX_QUERY = 200;

    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;

    SubmissionQueries(Submissions submissions, Neighbourhoods neighbourhoods) {
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
    }

    /** Newest first; {@code q} matches words ignoring case and diacritics ({@code ngap} finds "ngập"). */
    public SubmissionPage page(
            String ward,
            String neighbourhood,
            Status status,
            Integer topic,
            String q,
            int page,
            int size,
            OfficialUser reader) {
        if (page < 0) {
            throw new LocalizedInvalidInput("page", "officials.list.page-negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new LocalizedInvalidInput("size", "officials.list.size-range", String.valueOf(MAX_SIZE));
        }
        if (topic != null && !Topic.isValid(topic)) {
            throw new LocalizedInvalidInput(
                    "topic", "officials.list.topic-range", String.valueOf(Topic.FIRST), String.valueOf(Topic.LAST));
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw new LocalizedInvalidInput("q", "officials.list.query-too-long", String.valueOf(MAX_QUERY));
        }
        WardProfile inWard = ward == null || ward.isBlank() ? null : PublicCodes.knownWard(ward, neighbourhoods);
        String code = neighbourhood == null || neighbourhood.isBlank() ? null : knownCode(inWard, neighbourhood);
        Collection<String> visible = reader.visibleAmong(code);
        if (inWard != null) {
            Set<String> wardCodes = inWard.codes();
            visible = visible == null
                    ? wardCodes
                    : visible.stream().filter(wardCodes::contains).collect(Collectors.toSet());
        }
        Submissions.Filter filter = new Submissions.Filter(visible, status, topic, null, null, q, null, null);
        Submissions.Page found = submissions.search(filter, page, size);
        return new SubmissionPage(
                found.items().stream()
                        .map(s -> SubmissionSummary.of(s, reader, neighbourhoods))
                        .toList(),
                found.total(),
                page,
                size);
    }

    public SubmissionDetail detail(long number, OfficialUser reader) {
        Submission s = visible(number, reader.scope());
        return SubmissionDetail.of(
                s,
                submissions.mergedInto(number).stream().map(Submission::number).toList(),
                reader,
                neighbourhoods);
    }

    /** The submission if this official may see it; otherwise 404, as if it did not exist. */
    public Submission visible(long number, OfficialScope reader) {
        return submissions
                .find(number)
                .filter(s -> reader.sees(s.getNeighbourhoodCode()))
                .orElseThrow(() -> new NotFoundException("No submission #" + number));
    }

    /** A khóm by its code within the ward given (or the deployment's only one), or by its key. */
    private String knownCode(WardProfile ward, String requested) {
        return neighbourhoods
                .find(ward == null ? null : ward.code(), requested)
                .map(Neighbourhood::code)
                .orElseThrow(() ->
                        new LocalizedInvalidInput("neighbourhood", "officials.error.unknown-neighbourhood", requested));
    }
}
