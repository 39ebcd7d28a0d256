package vn.nghedan.notification;

/**
 * Which of the bot's one ceiling a message may use, in the order the relay serves them: a reply
 * first, then news of a person's own matter, then broadcasts with whatever capacity is left.
 * Stored on the outbox row as its number.
 */
public enum Lane {
    /** A reply to a person's own message or button press: they are waiting for it. */
    REPLY,
    /** About one person's own matter (a status change, an answer, their item on the agenda). */
    OWN_MATTER,
    /** To many (announcements, reminders): held through quiet hours, sent with what is left. */
    BROADCAST;

    /** 1, 2, 3: the stored value, smaller first. */
    int number() {
        return ordinal() + 1;
    }

    static Lane of(int number) {
        return values()[number - 1];
    }
}
