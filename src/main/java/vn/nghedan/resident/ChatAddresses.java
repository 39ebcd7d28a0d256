package vn.nghedan.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.platform.DbTime;

/**
 * The chat key behind every conversation, outbox row, button and inbox row, and which channel it
 * belongs to. A Telegram chat's key is its Telegram chat id, as it always was. Any other address
 * gets a row in {@code channel_address} and the key {@code -(10^15 + id)}: Telegram's private
 * chats are positive and its groups and supergroups lie above about {@code -2 * 10^12}, so the two
 * ranges never meet and a key alone says whether it is Telegram's.
 */
@Service
public class ChatAddresses {

    /** Keys at or below minus this are addresses of {@code channel_address}. */
    static final long OFFSET = 1_000_000_000_000_000L;

    /**
     * How long a forgotten person's address outlives them: long enough for the confirmation of
     * their erasure to reach them on it, like the last word Telegram's chat id carries.
     */
    static final Duration FORGOTTEN_GRACE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    ChatAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the key is a Telegram chat id (true for every key that predates other channels). */
    public static boolean isTelegram(long key) {
        return key > -OFFSET;
    }

    static long keyOf(long addressId) {
        return -(OFFSET + addressId);
    }

    private static long idOf(long key) {
        return -key - OFFSET;
    }

    /** The chat key of an address, made on first contact. */
    @Transactional
    public long keyFor(Address address) {
        if (address.messenger() == Messenger.TELEGRAM) {
            return Long.parseLong(address.externalId());
        }
        jdbc.sql("INSERT INTO channel_address (channel, external_id, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (channel, external_id) DO NOTHING")
                .params(address.messenger().name(), address.externalId(), DbTime.of(clock.instant()))
                .update();
        return knownKey(address).orElseThrow();
    }

    /** The chat key of an address already known, without making one. */
    public Optional<Long> knownKey(Address address) {
        if (address.messenger() == Messenger.TELEGRAM) {
            return Optional.of(Long.parseLong(address.externalId()));
        }
        return jdbc.sql("SELECT id FROM channel_address WHERE channel = ? AND external_id = ?")
                .params(address.messenger().name(), address.externalId())
                .query(Long.class)
                .optional()
                .map(ChatAddresses::keyOf);
    }

    /**
     * The address behind a key, if it still exists (a forgotten person's goes soon after). Read
     * each time, not cached: an erased address must not live on in any instance's memory.
     */
    public Optional<Address> addressOf(long key) {
        if (isTelegram(key)) {
            return Optional.of(new Address(Messenger.TELEGRAM, Long.toString(key)));
        }
        return jdbc.sql("SELECT channel, external_id FROM channel_address WHERE id = ?")
                .param(idOf(key))
                .query((rs, i) -> new Address(Messenger.valueOf(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    /** The channel of a key; a key whose address is gone is reported as WEB, a channel that never sends. */
    public Messenger messengerOf(long key) {
        return isTelegram(key)
                ? Messenger.TELEGRAM
                : addressOf(key).map(Address::messenger).orElse(Messenger.WEB);
    }

    /** Records who is behind the address, once known. */
    void attach(long key, long residentId) {
        if (!isTelegram(key)) {
            // A person forgotten a moment ago who writes again is a new resident at the same address.
            jdbc.sql("UPDATE channel_address SET resident_id = ?, forgotten_at = NULL WHERE id = ?"
                            + " AND resident_id IS NULL")
                    .params(residentId, idOf(key))
                    .update();
        }
    }

    /**
     * The channel refuses to carry our messages there until the person writes again (Zalo's
     * -230: no interaction in the last 7 days).
     */
    @Transactional
    public void markOutOfWindow(long key) {
        if (!isTelegram(key)) {
            jdbc.sql("UPDATE channel_address SET out_of_window_at = ? WHERE id = ? AND out_of_window_at IS NULL")
                    .params(DbTime.of(clock.instant()), idOf(key))
                    .update();
        }
    }

    /**
     * The person stopped following the ward's account (Zalo's {@code unfollow} event, or -213 "user
     * has not followed OA" on a send): nothing goes to them there until they follow again or write.
     */
    @Transactional
    public void markUnfollowed(long key) {
        if (!isTelegram(key)) {
            jdbc.sql("UPDATE channel_address SET unfollowed_at = ? WHERE id = ? AND unfollowed_at IS NULL")
                    .params(DbTime.of(clock.instant()), idOf(key))
                    .update();
        }
    }

    /** They wrote or followed again: the channel carries our messages to them again. */
    @Transactional
    public void markReachable(long key) {
        if (!isTelegram(key)) {
            jdbc.sql("UPDATE channel_address SET out_of_window_at = NULL, unfollowed_at = NULL WHERE id = ?"
                            + " AND (out_of_window_at IS NOT NULL OR unfollowed_at IS NOT NULL)")
                    .param(idOf(key))
                    .update();
        }
    }

    /** Why the channel will not carry our messages to an address now. */
    public enum Barrier {
        /** Zalo's 7-day window is closed (-230): they have not written for a week. */
        OUT_OF_WINDOW,
        /** They stopped following the ward's account. */
        UNFOLLOWED
    }

    /**
     * A resident the ward cannot write to on a channel now, since when, and why ({@code
     * unfollowed}: they stopped following; otherwise the channel's window is closed).
     */
    public record OutOfWindow(
            long chatKey, Messenger messenger, Long residentId, String displayName, Instant since, Barrier barrier) {}

    /**
     * Who cannot be reached on their channel now (for the console), the longest-silent first.
     * Only addresses out of the channel's window or unfollowed are listed; a Telegram person who
     * blocked the bot shows as an unreachable resident instead.
     */
    public List<OutOfWindow> outOfWindow() {
        return jdbc.sql("SELECT a.id, a.channel, a.resident_id, r.display_name,"
                        + " COALESCE(a.unfollowed_at, a.out_of_window_at), a.unfollowed_at"
                        + " FROM channel_address a LEFT JOIN resident r ON r.id = a.resident_id"
                        + " WHERE (a.out_of_window_at IS NOT NULL OR a.unfollowed_at IS NOT NULL)"
                        + " AND a.forgotten_at IS NULL"
                        + " ORDER BY COALESCE(a.unfollowed_at, a.out_of_window_at), a.id")
                .query((rs, i) -> new OutOfWindow(
                        keyOf(rs.getLong(1)),
                        Messenger.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getString(4),
                        DbTime.read(rs, 5),
                        rs.getObject(6) == null ? Barrier.OUT_OF_WINDOW : Barrier.UNFOLLOWED))
                .list();
    }

    /** Why the key's address cannot be written to now, if it cannot (unfollowed goes first). */
    public Optional<Barrier> barrier(long key) {
        if (isTelegram(key)) {
            return Optional.empty();
        }
        List<Barrier> found = jdbc.sql("SELECT CASE WHEN unfollowed_at IS NOT NULL THEN 'UNFOLLOWED'"
                        + " WHEN out_of_window_at IS NOT NULL THEN 'OUT_OF_WINDOW' END FROM channel_address"
                        + " WHERE id = ?")
                .param(idOf(key))
                .query((rs, i) -> rs.getString(1) == null ? null : Barrier.valueOf(rs.getString(1)))
                .list();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    /** Whether the key's address is out of its channel's window now. */
    public boolean isOutOfWindow(long key) {
        return !isTelegram(key)
                && jdbc.sql("SELECT COUNT(*) FROM channel_address WHERE id = ? AND out_of_window_at IS NOT NULL")
                                .param(idOf(key))
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * Decree 13: the channel's id of the person goes with them. Not at once: the confirmation of
     * the erasure still has to reach them there, so the address is cut from the person now and
     * deleted {@link #FORGOTTEN_GRACE} later ({@link #eraseForgotten}).
     */
    void forget(long key) {
        if (!isTelegram(key)) {
            jdbc.sql("UPDATE channel_address SET resident_id = NULL, out_of_window_at = NULL, unfollowed_at = NULL,"
                            + " forgotten_at = ?"
                            + " WHERE id = ?")
                    .params(DbTime.of(clock.instant()), idOf(key))
                    .update();
        }
    }

    /** Deletes the addresses of people forgotten before {@code before}; returns how many. */
    @Transactional
    public int eraseForgottenBefore(Instant before) {
        return jdbc.sql("DELETE FROM channel_address WHERE forgotten_at IS NOT NULL AND forgotten_at < ?")
                .param(DbTime.of(before))
                .update();
    }

    @Scheduled(fixedDelayString = "${nghedan.erased-sweep-ms:10000}", initialDelay = 10_000)
    void eraseForgotten() {
        eraseForgottenBefore(clock.instant().minus(FORGOTTEN_GRACE));
    }
}
