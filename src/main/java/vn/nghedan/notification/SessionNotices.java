package vn.nghedan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;
import vn.nghedan.session.DialogueSession;

/**
 * Tells the residents of a session's neighbourhoods about it: the announcement, the reminders
 * before it, a notice when it changes or is cancelled. Only residents who accept broadcasts
 * (consent, reminders on, a reachable chat) hear any of it.
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
        Set<Long> toldEarlier = history.residentsTold(session.getId(), session.getVersion());
        Map<Long, Resident> audience = audience(session);
        for (Resident resident : audience.values()) {
            String what = toldEarlier.contains(resident.getId()) ? NoticeKeys.CHANGED : NoticeKeys.ANNOUNCE;
            tell(session, resident, what, now);
            remind(session, resident, now);
        }
        // Told before but no longer invited (a neighbourhood was taken off): they still learn of the change.
        for (Long residentId : toldEarlier) {
            if (!audience.containsKey(residentId)) {
                residents
                        .byId(residentId)
                        .filter(Resident::acceptsBroadcasts)
                        .ifPresent(r -> tell(session, r, NoticeKeys.CHANGED, now));
            }
        }
    }

    /** Drops everything still planned for the session and tells those who had heard of it. */
    void cancel(DialogueSession session) {
        notices.drop(NoticeKeys.allVersions(session.getId()));
        Set<Long> told = history.residentsTold(session.getId(), Integer.MAX_VALUE);
        Map<Long, Resident> audience = audience(session);
        Instant now = clock.instant();
        for (Long residentId : told) {
            Resident resident = audience.get(residentId);
            if (resident == null) {
                resident = residents
                        .byId(residentId)
                        .filter(Resident::acceptsBroadcasts)
                        .orElse(null);
            }
            if (resident != null) {
                Locale locale = NoticeTexts.localeOf(resident);
                String text = texts.get(
                        locale, "session.cancelled", session.getTitle(), texts.when(session.getStartsAt(), locale));
                notices.plan(
                        NoticeKind.SESSION_CANCELLED,
                        resident.getChatId(),
                        new Outgoing.Text(text),
                        now,
                        NoticeKeys.cancelled(session.getId(), residentId));
            }
        }
    }

    private Map<Long, Resident> audience(DialogueSession session) {
        return residents.reachableIn(session.neighbourhoodCodes()).stream()
                .collect(Collectors.toMap(Resident::getId, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    private void tell(DialogueSession session, Resident resident, String what, Instant now) {
        Locale locale = NoticeTexts.localeOf(resident);
        String details = texts.get(
                locale,
                "session.details",
                texts.when(session.getStartsAt(), locale),
                session.getVenue(),
                neighbourhoodNames(session),
                texts.when(session.getSubmissionsCloseAt(), locale));
        String text;
        NoticeKind kind;
        if (what.equals(NoticeKeys.CHANGED)) {
            kind = NoticeKind.SESSION_CHANGED;
            text = texts.get(locale, "session.changed", session.getTitle()) + "\n" + details;
        } else {
            kind = NoticeKind.ANNOUNCEMENT;
            String invitation = session.isOpenForSubmissions(now) ? "session.invitation" : "session.closed";
            text = texts.get(locale, "session.announcement", session.getTitle()) + "\n" + details + "\n\n"
                    + texts.get(locale, invitation);
        }
        notices.plan(
                kind,
                resident.getChatId(),
                new Outgoing.Text(text),
                now,
                NoticeKeys.toResident(session.getId(), session.getVersion(), resident.getId(), what));
    }

    /**
     * One reminder per offset still ahead. Offsets already past collapse into one reminder now,
     * so a session planned at short notice brings one message, not a burst of late ones.
     */
    private void remind(DialogueSession session, Resident resident, Instant now) {
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
            planReminder(session, resident, lastMissed.label(), now);
        }
        for (ReminderOffsets.Offset offset : future) {
            planReminder(
                    session, resident, offset.label(), session.getStartsAt().minus(offset.before()));
        }
    }

    private void planReminder(DialogueSession session, Resident resident, String label, Instant at) {
        Locale locale = NoticeTexts.localeOf(resident);
        String text = texts.get(
                locale,
                "session.reminder",
                session.getTitle(),
                texts.when(session.getStartsAt(), locale),
                session.getVenue());
        String key = NoticeKeys.reminder(session.getId(), session.getVersion(), resident.getId(), label);
        notices.plan(NoticeKind.REMINDER, resident.getChatId(), new Outgoing.Text(text), at, key);
        if (session.getLatitude() != null && session.getLongitude() != null) {
            notices.plan(
                    NoticeKind.VENUE,
                    resident.getChatId(),
                    new Outgoing.Venue(
                            session.getLatitude(), session.getLongitude(), session.getTitle(), session.getVenue()),
                    at,
                    key + ":venue");
        }
    }

    private String neighbourhoodNames(DialogueSession session) {
        return session.neighbourhoodCodes().stream().map(neighbourhoods::nameOf).collect(Collectors.joining(", "));
    }
}
