package vn.nghedan.officials.console;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.AgendaItem;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.api.SessionView;
import vn.nghedan.officials.core.AgendaAccess;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * What the session pages show: each session with its legal clocks and the steps its state
 * allows; before it, the compiled agenda; from its start on, the results, whose open items get
 * their answers recorded one by one. A head sees the sessions of their neighbourhoods only, and
 * of those only their own items.
 */
@Service
class ConsoleSessionPages {

    private final AgendaAccess access;
    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;
    private final ConsoleLegalClocks clocks;
    private final Clock clock;

    ConsoleSessionPages(
            AgendaAccess access,
            Submissions submissions,
            Neighbourhoods neighbourhoods,
            ConsoleLegalClocks clocks,
            Clock clock) {
        this.access = access;
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
     * @param started its start has passed: the page shows results, answers can be recorded
     * @param locked its agenda is frozen for printing
     * @param wholeWard the official sees every item (a head of some of its khóm does not, and
     *     gets their khóm's items, counts and documents)
     * @param sections the agenda (before the start) or the results (after it), topic by topic
     */
    record Page(
            SessionView session,
            List<String> neighbourhoodNames,
            ConsoleLegalClocks.Notice notice,
            ConsoleLegalClocks.Results results,
            boolean started,
            boolean locked,
            boolean wholeWard,
            List<Section> sections,
            Agenda.Counts counts) {

        public boolean planned() {
            return session.status() == SessionStatus.PLANNED;
        }

        /** Only a session to come can be changed (its new start must lie ahead). */
        public boolean changeable() {
            return planned() && !started;
        }

        /** Reordering, rewording, moving: before the session and while not locked. */
        public boolean agendaEditable() {
            return changeable() && !locked;
        }

        public boolean holdable() {
            return planned() && started;
        }

        public boolean publishable() {
            return started && session.status() != SessionStatus.CANCELLED && session.resultsPublishedAt() == null;
        }

        public int itemCount() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }
    }

    record Section(int topic, List<Item> items) {}

    /**
     * An agenda item, with the versions of its open submissions ({@code 12:3 15:1}) that an answer
     * form sends back, so a submission changed meanwhile is not answered blindly.
     */
    record Item(AgendaItem item, String memberVersions) {

        public boolean open() {
            return "NEW".equals(item.status()) || "ACCEPTED".equals(item.status());
        }

        /** {@code 12:3 15:1} back to numbers and versions; empty when it is not of that shape. */
        static Map<Long, Integer> parse(String memberVersions) {
            Map<Long, Integer> versions = new LinkedHashMap<>();
            for (String pair : memberVersions.strip().split("\\s+")) {
                String[] parts = pair.split(":");
                if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
                    return Map.of();
                }
                versions.put(Long.valueOf(parts[0]), Integer.valueOf(parts[1]));
            }
            return versions;
        }
    }

    List<Row> list(OfficialUser reader) {
        return access.sessions(reader.scope()).stream()
                .map(s -> new Row(
                        SessionView.of(s),
                        s.getStatus() == SessionStatus.PLANNED ? clocks.notice(s) : null,
                        s.getStatus() == SessionStatus.HELD ? clocks.results(s) : null))
                .toList();
    }

    /** The session if it concerns this official; otherwise 404, like one that does not exist. */
    DialogueSession visible(long id, OfficialUser reader) {
        return access.session(id, reader.scope(), AgendaAccess.Channel.CONSOLE);
    }

    /** The agenda before the start, the results from then on, as this official may see them. */
    private Agenda compiled(DialogueSession s, OfficialUser reader) {
        return access.compiled(
                s, started(s) ? AgendaAccess.Document.RESULTS : AgendaAccess.Document.AGENDA, reader.scope());
    }

    Page page(long id, OfficialUser reader) {
        DialogueSession s = visible(id, reader);
        Agenda agenda = compiled(s, reader);
        boolean started = started(s);
        List<Section> sections = agenda.sections().stream()
                .map(section -> new Section(
                        section.topic(),
                        section.items().stream()
                                .map(i -> new Item(i, started ? memberVersions(i) : ""))
                                .toList()))
                .toList();
        return new Page(
                SessionView.of(s),
                s.neighbourhoodCodes().stream().map(neighbourhoods::nameOf).toList(),
                s.getStatus() == SessionStatus.PLANNED ? clocks.notice(s) : null,
                s.getStatus() == SessionStatus.HELD ? clocks.results(s) : null,
                started,
                s.getAgendaLockedAt() != null,
                reader.scope().seesWhole(s),
                sections,
                agenda.counts());
    }

    /** One item of the session's agenda or results, if the official sees its neighbourhood. */
    AgendaItem item(long sessionId, long primary, OfficialUser reader) {
        return compiled(visible(sessionId, reader), reader).items().stream()
                .filter(i -> i.primaryNumber() == primary)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No agenda item #" + primary));
    }

    private String memberVersions(AgendaItem item) {
        return item.numbers().stream()
                .map(submissions::find)
                .flatMap(java.util.Optional::stream)
                .filter(sub -> sub.getStatus().isOpen())
                .map(ConsoleSessionPages::pair)
                .collect(Collectors.joining(" "));
    }

    private static String pair(Submission s) {
        return s.number() + ":" + s.getVersion();
    }

    private boolean started(DialogueSession s) {
        return !s.getStartsAt().isAfter(clock.instant());
    }
}
