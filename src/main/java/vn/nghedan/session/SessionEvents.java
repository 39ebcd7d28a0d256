package vn.nghedan.session;

/** What happens to sessions, for the modules that react (reminders, carry-over). */
public final class SessionEvents {

    private SessionEvents() {}

    /** A session was planned, or its time, place or neighbourhoods changed. */
    public record SessionScheduled(long sessionId, boolean isNew) {}

    public record SessionCancelled(long sessionId) {}

    /** The session took place: unanswered items carry over. */
    public record SessionHeld(long sessionId) {}

    public record ResultsPublished(long sessionId) {}
}
