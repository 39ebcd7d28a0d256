package vn.nghedan.officials;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * What the session pages show: each session with its legal clocks and the steps its state
 * allows, and the submissions accepted to it, whose answers are recorded one by one after it.
 * A head sees the sessions of their neighbourhoods only, and of those only their own items.
 */
@Service
class ConsoleSessionPages {

    /** More items than a session ever takes; the rest would wait for the next page load. */
    static final int ITEMS_SHOWN = 500;

    private final Sessions sessions;
    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;
    private final ConsoleLegalClocks clocks;
    private final Clock clock;

    ConsoleSessionPages(
            Sessions sessions,
            Submissions submissions,
            Neighbourhoods neighbourhoods,
            ConsoleLegalClocks clocks,
            Clock clock) {
        this.sessions = sessions;
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** A line of the list: the notice clock while planned, the results clock once held. */
    record Row(SessionView session, ConsoleLegalClocks.Notice notice, ConsoleLegalClocks.Results results) {}

    /**
     * One session's page.
     *
     * @param started its start has passed: answers can be recorded, it can be marked held
     * @param items the submissions accepted to it that the official may see
     */
    record Page(
            SessionView session,
            List<String> neighbourhoodNames,
            ConsoleLegalClocks.Notice notice,
            ConsoleLegalClocks.Results results,
            boolean started,
            List<Item> items) {

        public boolean planned() {
            return session.status() == SessionStatus.PLANNED;
        }

        /** Only a session to come can be changed (its new start must lie ahead). */
        public boolean changeable() {
            return planned() && !started;
        }

        public boolean holdable() {
            return planned() && started;
        }

        public boolean publishable() {
            return started && session.status() != SessionStatus.CANCELLED && session.resultsPublishedAt() == null;
        }
    }

    /** A submission on the session, with the version its answer form sends back. */
    record Item(SubmissionSummary summary, int version, SubmissionDetail.Reply answer) {

        public boolean open() {
            return summary.status().isOpen();
        }
    }

    List<Row> list(OfficialUser reader) {
        return sessions.all().stream()
                .filter(s -> ConsoleLegalClocks.concerns(s, reader))
                .map(s -> new Row(
                        SessionView.of(s),
                        s.getStatus() == SessionStatus.PLANNED ? clocks.notice(s) : null,
                        s.getStatus() == SessionStatus.HELD ? clocks.results(s) : null))
                .toList();
    }

    /** The session if it concerns this official; otherwise 404, like one that does not exist. */
    DialogueSession visible(long id, OfficialUser reader) {
        return sessions.find(id)
                .filter(s -> ConsoleLegalClocks.concerns(s, reader))
                .orElseThrow(() -> new NotFoundException("No session " + id));
    }

    Page page(long id, OfficialUser reader) {
        DialogueSession s = visible(id, reader);
        Submissions.Filter filter =
                new Submissions.Filter(reader.visibleAmong(null), null, null, null, s.getId(), null, null, null);
        List<Item> items = submissions.search(filter, 0, ITEMS_SHOWN).items().stream()
                .map(sub -> item(sub, reader))
                .toList();
        return new Page(
                SessionView.of(s),
                s.neighbourhoodCodes().stream().map(neighbourhoods::nameOf).toList(),
                s.getStatus() == SessionStatus.PLANNED ? clocks.notice(s) : null,
                s.getStatus() == SessionStatus.HELD ? clocks.results(s) : null,
                !s.getStartsAt().isAfter(clock.instant()),
                items);
    }

    private static Item item(Submission s, OfficialUser reader) {
        return new Item(
                SubmissionSummary.of(s, reader),
                s.getVersion(),
                SubmissionDetail.of(s, List.of(), reader).answer());
    }
}
