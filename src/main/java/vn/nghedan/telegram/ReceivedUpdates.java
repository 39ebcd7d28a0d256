package vn.nghedan.telegram;

/**
 * What the app has received from the Bot API, for a stand-in that must number its updates the way
 * Telegram does: update ids only grow, and an id the inbox already holds is taken for a
 * redelivery and dropped.
 */
public interface ReceivedUpdates {

    /** The highest update id the inbox holds; 0 when it holds none. */
    long highestUpdateId();
}
