package vn.nghedan.conversation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.SqlRows;

/**
 * Buttons carry a short random token as their callback data (1–64 bytes; never resident text).
 * The token remembers which chat it was shown to and what it means, so a press is trusted only
 * if that exact button was offered to that chat and is still current: a step button belongs to
 * one prompt (its generation), a standing button (lists, announcements) lasts until it expires.
 */
@Component
class Buttons {

    static final Duration STEP_LIFETIME = Duration.ofDays(2);
    static final Duration STANDING_LIFETIME = Duration.ofDays(30);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Buttons(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    record Press(String action, String argument, boolean standing) {}

    /** A button offered in a turn; the turn's buttons are stored together when it ends. */
    record Offer(String token, long chatId, Integer generation, String action, String argument) {}

    /** A new button with a fresh token; {@link #store} writes it (in the turn's transaction). */
    Offer offer(long chatId, Integer generation, String action, String argument) {
        return new Offer(token(), chatId, generation, action, argument);
    }

    /**
     * Writes a turn's buttons in one statement: a neighbourhood or topic picker offers half a
     * dozen, and the onboarding benchmark showed one INSERT each among the costliest steps.
     */
    void store(List<Offer> offers) {
        if (offers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Object> params = new ArrayList<>(offers.size() * 6);
        for (Offer o : offers) {
            Instant expires = now.plus(o.generation() == null ? STANDING_LIFETIME : STEP_LIFETIME);
            params.addAll(
                    Arrays.asList(o.token(), o.chatId(), o.action(), o.argument(), o.generation(), DbTime.of(expires)));
        }
        jdbc.sql("INSERT INTO offered_button (token, chat_id, action, argument, generation, expires_at) VALUES "
                        + SqlRows.of("(?, ?, ?, ?, ?, ?)", offers.size()))
                .params(params)
                .update();
    }

    /** The press behind a token, if it was offered to this chat and is still current. */
    Optional<Press> resolve(long chatId, String token, int currentGeneration) {
        if (token == null || token.isEmpty() || token.length() > 16) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT action, argument, generation, expires_at FROM offered_button"
                        + " WHERE token = ? AND chat_id = ?")
                .params(token, chatId)
                .query((rs, i) -> {
                    Integer generation = (Integer) rs.getObject(3);
                    boolean current = (generation == null || generation == currentGeneration)
                            && DbTime.read(rs, 4).isAfter(clock.instant());
                    return Optional.ofNullable(
                            current ? new Press(rs.getString(1), rs.getString(2), generation == null) : null);
                })
                .list()
                .stream()
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Expired buttons are of no use to anyone: clear them hourly. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    // Each instance's hour starts when it did: the lock kept 55 minutes makes it once an hour in all.
    @SchedulerLock(name = "button-purge", lockAtMostFor = "PT59M", lockAtLeastFor = "PT55M")
    void purgeExpired() {
        // In a transaction, so it queues on the app's write lock like every other writer instead
        // of failing with SQLITE_BUSY behind a long one.
        tx.executeWithoutResult(s -> jdbc.sql("DELETE FROM offered_button WHERE expires_at < ?")
                .param(DbTime.of(clock.instant()))
                .update());
    }

    void forgetChat(long chatId) {
        jdbc.sql("DELETE FROM offered_button WHERE chat_id = ?").param(chatId).update();
    }

    /**
     * Twelve characters of the alphabet from one draw of random bytes: a draw per character was
     * twelve calls into the SecureRandom (each locked, each mixing its state) per button, several
     * buttons per prompt. A byte counts only below the largest multiple of the alphabet's size, so
     * every character stays equally likely.
     */
    private String token() {
        char[] t = new char[12];
        byte[] bytes = new byte[24];
        int limit = 256 - 256 % ALPHABET.length;
        int filled = 0;
        while (filled < t.length) {
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length && filled < t.length; i++) {
                int b = bytes[i] & 0xff;
                if (b < limit) {
                    t[filled++] = ALPHABET[b % ALPHABET.length];
                }
            }
        }
        return new String(t);
    }
}
