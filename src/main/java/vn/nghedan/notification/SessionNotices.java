package vn.nghedan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.resident.BroadcastRecipient;
import vn.nghedan.resident.Residents;
import vn.nghedan.session.DialogueSession;

/**
 * Tells the residents of a session's neighbourhoods about it: the announcement, the reminders
 * before it, a notice when it changes or is cancelled. Only residents who accept broadcasts
 * (consent, reminders on, a reachable chat) hear any of it. A neighbourhood can hold thousands of
 * residents, and all of it happens inside the transaction of the session change, which holds the
 * database's only write lock: so only their ids, chats and languages are read, each text is made
 * once per language and the rows are written in one batch.
 */
@Component
class SessionNotices {

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final NoticeTexts texts;
    private final PlannedNotices notices;
    private final NoticeHistory history;
    private final ReminderOffsets offsets;
    private final Clock clock;

    SessionNotices(
            Residents residents,
            Neighbourhoods neighbourhoods,
            NoticeTexts texts,
            PlannedNotices notices,
            NoticeHistory history,
            ReminderProperties reminders,
            Clock clock) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.texts = texts;
        this.notices = notices;
        this.history = history;
        this.offsets = reminders.offsets();
        this.clock = clock;
    }

    /**
     * Plans everything for the session's current version: what older versions planned and did
     * not send is dropped; residents told of an older version get a change notice, the others
     * the announcement; everyone gets the reminders. Idempotent, so the hourly check calls it
     * again to reach residents who joined (or became reachable) since.
     */
    void plan(DialogueSession session) {
        Instant now = clock.instant();
        for (int older = 0; older < session.getVersion(); older++) {
            notices.drop(NoticeKeys.version(session.getId(), older));
        }
        if (!session.isUpcoming(now)) {
            return;
        }
        NoticeHistory.Heard heard = history.of(session.getId(), session.getVersion());
        Set<Long> toldEarlier = heard.toldEarlier();
        Set<Long> plannedAlready = heard.plannedAlready();
        Map<Long, BroadcastRecipient> audience = audience(session);
        Plan plan = new Plan(session, now);
        for (BroadcastRecipient resident : audience.values()) {
            if (plannedAlready.contains(resident.residentId())) {
                continue;
            }
            plan.tell(resident, toldEarlier.contains(resident.residentId()) ? NoticeKeys.CHANGED : NoticeKeys.ANNOUNCE);
            plan.remind(resident);
        }
        // Told before but no longer invited (a neighbourhood was taken off): they still learn of the change.
        for (Long residentId : toldEarlier) {
            if (!audience.containsKey(residentId) && !plannedAlready.contains(residentId)) {
                residents.reachable(residentId).ifPresent(r -> plan.tell(r, NoticeKeys.CHANGED));
            }
        }
        plan.batch.write();
    }

    /** Drops everything still planned for the session and tells those who had heard of it. */
    void cancel(DialogueSession session) {
        notices.drop(NoticeKeys.allVersions(session.getId()));
        Set<Long> told = history.of(session.getId(), Integer.MAX_VALUE).toldEarlier();
        Map<Long, BroadcastRecipient> audience = audience(session);
        Plan plan = new Plan(session, clock.instant());
        for (Long residentId : told) {
            BroadcastRecipient resident = audience.get(residentId);
            if (resident == null) {
                resident = residents.reachable(residentId).orElse(null);
            }
            if (resident != null) {
                plan.cancelled(resident);
            }
        }
        plan.batch.write();
    }

    private Map<Long, BroadcastRecipient> audience(DialogueSession session) {
        return residents.reachableIn(session.neighbourhoodCodes()).stream()
                .collect(Collectors.toMap(BroadcastRecipient::residentId, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    /** One planning pass over a session: its texts per language, and the rows to write. */
    private final class Plan {

        private final DialogueSession session;
        private final Instant now;
        private final PlannedNotices.Batch batch = notices.batch();
        private final Map<String, Outgoing.Text> textsByLanguageAndKey = new HashMap<>();
        private final Outgoing.Venue venue;

        Plan(DialogueSession session, Instant now) {
            this.session = session;
            this.now = now;
            this.venue = session.getLatitude() == null || session.getLongitude() == null
                    ? null
                    : new Outgoing.Venue(
                            session.getLatitude(), session.getLongitude(), session.getTitle(), session.getVenue());
        }

        void tell(BroadcastRecipient resident, String what) {
            NoticeKind kind = what.equals(NoticeKeys.CHANGED) ? NoticeKind.SESSION_CHANGED : NoticeKind.ANNOUNCEMENT;
            batch.add(
                    kind,
                    resident.chatId(),
                    text(resident, what, locale -> tellingText(locale, what)),
                    now,
                    NoticeKeys.toResident(session.getId(), session.getVersion(), resident.residentId(), what));
        }

        /**
         * One reminder per offset still ahead. Offsets already past collapse into one reminder
         * now, so a session planned at short notice brings one message, not a burst of late ones.
         */
        void remind(BroadcastRecipient resident) {
            List<ReminderOffsets.Offset> future = new ArrayList<>();
            ReminderOffsets.Offset lastMissed = null;
            for (ReminderOffsets.Offset offset : offsets.all()) {
                if (session.getStartsAt().minus(offset.before()).isAfter(now)) {
                    future.add(offset);
                } else {
                    lastMissed = offset;
                }
            }
            if (lastMissed != null) {
                // Keyed by the missed offset nearest the start: planning again later collides with it.
                reminder(resident, lastMissed.label(), now);
            }
            for (ReminderOffsets.Offset offset : future) {
                reminder(resident, offset.label(), session.getStartsAt().minus(offset.before()));
            }
        }

        void cancelled(BroadcastRecipient resident) {
            batch.add(
                    NoticeKind.SESSION_CANCELLED,
                    resident.chatId(),
                    text(
                            resident,
                            "cancelled",
                            locale -> texts.get(
                                    locale,
                                    "session.cancelled",
                                    session.getTitle(),
                                    texts.when(session.getStartsAt(), locale))),
                    now,
                    NoticeKeys.cancelled(session.getId(), resident.residentId()));
        }

        private void reminder(BroadcastRecipient resident, String label, Instant at) {
            String key = NoticeKeys.reminder(session.getId(), session.getVersion(), resident.residentId(), label);
            Outgoing.Text text = text(
                    resident,
                    "reminder",
                    locale -> texts.get(
                            locale,
                            "session.reminder",
                            session.getTitle(),
                            texts.when(session.getStartsAt(), locale),
                            session.getVenue()));
            batch.add(NoticeKind.REMINDER, resident.chatId(), text, at, key);
            if (venue != null) {
                batch.add(NoticeKind.VENUE, resident.chatId(), venue, at, key + ":venue");
            }
        }

        private String tellingText(Locale locale, String what) {
            String details = texts.get(
                    locale,
                    "session.details",
                    texts.when(session.getStartsAt(), locale),
                    session.getVenue(),
                    neighbourhoodNames(),
                    texts.when(session.getSubmissionsCloseAt(), locale));
            if (what.equals(NoticeKeys.CHANGED)) {
                return texts.get(locale, "session.changed", session.getTitle()) + "\n" + details;
            }
            String invitation = session.isOpenForSubmissions(now) ? "session.invitation" : "session.closed";
            return texts.get(locale, "session.announcement", session.getTitle()) + "\n" + details + "\n\n"
                    + texts.get(locale, invitation);
        }

        /** The same text object for every resident of a language: serialised once, too. */
        private Outgoing.Text text(BroadcastRecipient resident, String what, Function<Locale, String> maker) {
            Locale locale = NoticeTexts.localeOf(resident.language());
            return textsByLanguageAndKey.computeIfAbsent(
                    locale.getLanguage() + ":" + what, k -> new Outgoing.Text(maker.apply(locale)));
        }

        private String neighbourhoodNames() {
            return session.neighbourhoodCodes().stream()
                    .map(neighbourhoods::nameOf)
                    .collect(Collectors.joining(", "));
        }
    }
}
