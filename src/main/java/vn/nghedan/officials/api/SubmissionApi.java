package vn.nghedan.officials.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.Moderation;
import vn.nghedan.officials.core.StatusChange;
import vn.nghedan.officials.core.SubmissionDetail;
import vn.nghedan.officials.core.SubmissionPage;
import vn.nghedan.officials.core.SubmissionQueries;
import vn.nghedan.submission.Status;

/** {@code /api/submissions}: lists and details for every official, moderation for admins and heads. */
@RestController
@RequestMapping("/api/submissions")
class SubmissionApi {

    private final SubmissionQueries queries;
    private final Moderation moderation;

    SubmissionApi(SubmissionQueries queries, Moderation moderation) {
        this.queries = queries;
        this.moderation = moderation;
    }

    @GetMapping
    SubmissionPage list(
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) String neighbourhood,
            @RequestParam(required = false) Status status,
            @RequestParam(required = false) Integer topic,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SubmissionQueries.DEFAULT_SIZE) int size,
            @AuthenticationPrincipal OfficialUser me) {
        return queries.page(ward, neighbourhood, status, topic, q, page, size, me);
    }

    @GetMapping("/{number}")
    SubmissionDetail one(@PathVariable long number, @AuthenticationPrincipal OfficialUser me) {
        return queries.detail(number, me);
    }

    /** Returns the submission as it is after the step (for a merge: the one merged away). */
    @PostMapping("/{number}/status")
    SubmissionDetail changeStatus(
            @PathVariable long number, @RequestBody StatusChange change, @AuthenticationPrincipal OfficialUser me) {
        moderation.apply(number, change, me.scope());
        return queries.detail(number, me);
    }
}
