package vn.nghedan.officials.console;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.AgendaItem;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.officials.core.LocalizedInvalidInput;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionEvents;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Topic;

/**
 * A ward admin's edits to a compiled agenda: order, wording, topic, and the lock that freezes it
 * for printing. Only a planned session's agenda can be edited, and only while it is unlocked;
 * every edit is audited. The items themselves stay the agenda module's to compile.
 *
 * <p>Public because the tests of the module root use it.
 */
@Service
public class ConsoleAgendaEditor {

    public static final int MAX_SUMMARY = 4000;

    private final Agendas agendas;
    private final Sessions sessions;
    private final ConsoleAgendaAdjustments store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ConsoleAgendaEditor(
            Agendas agendas,
            Sessions sessions,
            ConsoleAgendaAdjustments store,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.agendas = agendas;
        this.sessions = sessions;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Swaps the item with its neighbour in its topic; at the top or bottom it stays. */
    @Transactional
    void move(long sessionId, long primary, boolean up, OfficialScope official) {
        official.requireWardAdmin();
        String actor = official.actor();
        editable(sessionId);
        Agenda agenda = agendas.agenda(sessionId);
        List<Long> order = new ArrayList<>(
                agenda.items().stream().map(AgendaItem::primaryNumber).toList());
        Agenda.Section section = sectionOf(agenda, primary);
        List<Long> inSection =
                section.items().stream().map(AgendaItem::primaryNumber).toList();
        int here = inSection.indexOf(primary);
        int there = up ? here - 1 : here + 1;
        if (there < 0 || there >= inSection.size()) {
            return;
        }
        int a = order.indexOf(primary);
        int b = order.indexOf(inSection.get(there));
        order.set(a, inSection.get(there));
        order.set(b, primary);
        store.order(sessionId, order, actor);
        audit.record(actor, "AGENDA_REORDERED", target(sessionId), "#" + primary + (up ? " up" : " down"));
    }

    /** A blank summary goes back to the submission's own words. */
    @Transactional
    void summary(long sessionId, long primary, String summary, OfficialScope official) {
        official.requireWardAdmin();
        String actor = official.actor();
        editable(sessionId);
        sectionOf(agendas.agenda(sessionId), primary);
        String clean = Texts.clean(summary);
        if (clean.length() > MAX_SUMMARY) {
            throw new LocalizedInvalidInput("summary", "console.error.too-long", MAX_SUMMARY);
        }
        store.summary(sessionId, primary, clean.isEmpty() ? null : clean, actor);
        audit.record(actor, "AGENDA_SUMMARY", target(sessionId), "#" + primary + ": " + clean);
    }

    @Transactional
    void topic(long sessionId, long primary, int topic, OfficialScope official) {
        official.requireWardAdmin();
        String actor = official.actor();
        editable(sessionId);
        sectionOf(agendas.agenda(sessionId), primary);
        if (!Topic.isValid(topic)) {
            throw new LocalizedInvalidInput("topic", "console.filter.topic-range");
        }
        store.topic(sessionId, primary, topic, actor);
        audit.record(actor, "AGENDA_TOPIC", target(sessionId), "#" + primary + " to topic " + topic);
    }

    @Transactional
    void lock(long sessionId, boolean locked, OfficialScope official) {
        official.requireWardAdmin();
        String actor = official.actor();
        DialogueSession s = sessions.get(sessionId);
        if (s.getStatus() != SessionStatus.PLANNED) {
            throw new ConflictException("console.agenda.not-planned");
        }
        sessions.lockAgenda(sessionId, locked);
        audit.record(actor, locked ? "AGENDA_LOCKED" : "AGENDA_UNLOCKED", target(sessionId), null);
        if (locked) {
            // The agenda is final: each author hears which item and which session (once per item).
            List<SessionEvents.AgendaPlace> places = new ArrayList<>();
            for (AgendaItem item : agendas.agenda(sessionId).items()) {
                item.numbers().forEach(n -> places.add(new SessionEvents.AgendaPlace(n, item.position())));
            }
            events.publishEvent(new SessionEvents.AgendaLocked(sessionId, places));
        }
    }

    private void editable(long sessionId) {
        DialogueSession s = sessions.get(sessionId);
        if (s.getStatus() != SessionStatus.PLANNED) {
            throw new ConflictException("console.agenda.not-planned");
        }
        if (s.getAgendaLockedAt() != null) {
            throw new ConflictException("console.agenda.locked");
        }
    }

    private static Agenda.Section sectionOf(Agenda agenda, long primary) {
        return agenda.sections().stream()
                .filter(s -> s.items().stream().anyMatch(i -> i.primaryNumber() == primary))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No agenda item #" + primary));
    }

    private static String target(long sessionId) {
        return "session " + sessionId;
    }
}
