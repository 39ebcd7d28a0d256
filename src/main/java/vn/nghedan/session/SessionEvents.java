package vn.nghedan.session;

import java.util.List;

/** What happens to sessions, for the modules that react (reminders, carry-over). */
public final class SessionEvents {

    private SessionEvents() {}

    /** A session was planned, or its time, place or neighbourhoods changed. */
    public record SessionScheduled(long sessionId, boolean isNew) {}

    public record SessionCancelled(long sessionId) {}

    /** The session took place: unanswered items carry over. */
    public record SessionHeld(long sessionId) {}

    public record ResultsPublished(long sessionId) {}

    /**
     * The session's agenda was locked (final): each author may hear which item their submission
     * became. Published by whoever locks it (the console), heard by the notifications.
     */
    public record AgendaLocked(long sessionId, List<AgendaPlace> places) {

        public AgendaLocked {
            places = List.copyOf(places);
        }
    }

    /** A submission on a locked agenda and the place of its item. */
    public record AgendaPlace(long number, int position) {}
}
