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
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.SqlRows;

/**
 * Buttons carry short random callback data (1–64 bytes; never resident text) that remembers
 * which chat it was shown to and what it means, so a press is trusted only if that exact button
 * was offered to that chat and is still current: a step button belongs to one prompt (its
 * generation), a standing button (lists, announcements) lasts until it expires.
 *
 * <p>The buttons a turn offers are kept as one {@link Offer}: one row with one token, each button's
 * callback data being that token and its place in the set. A row per button was an INSERT into
 * three b-trees for each of the fourteen topics, kinds, "back" and "cancel" a filing shows: in
 * FilingBenchmark's profile an eighth of the inbox processor's time.
 */
@Component
class Buttons {

    static final Duration STEP_LIFETIME = Duration.ofDays(2);
    static final Duration STANDING_LIFETIME = Duration.ofDays(30);
    /** Unambiguous letters and digits, in ASCII order (see {@link #token}). */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    /** 57^6 seconds: tokens keep their order for 1,100 years. */
    private static final int TIME_CHARS = 6;
    /** 57^8 ≈ 2^46 tokens a second. */
    private static final int RANDOM_CHARS = 8;

    static final int TOKEN_LENGTH = TIME_CHARS + RANDOM_CHARS;
    /** A button offered before sets (V6_13): its callback data is a 12-character token, a set of one. */
    private static final int SINGLE_TOKEN_LENGTH = 12;
    /** Places 0–99 (Telegram shows at most 100 buttons on a message; a turn with more takes another offer). */
    private static final int MAX_PLACES = 100;

    private static final long EPOCH_2025 = 1_735_689_600L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    Buttons(JdbcClient jdbc, TransactionTemplate tx, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.json = json;
    }

    record Press(String action, String argument, boolean standing) {}

    /**
     * The buttons of one generation offered in a turn (null: standing buttons). The token is drawn
     * with the first button; {@link #store} writes the set when the turn ends.
     */
    final class Offer {

        private final long chatId;
        private final Integer generation;
        private final List<String[]> buttons = new ArrayList<>();
        private String token;

        private Offer(long chatId, Integer generation) {
            this.chatId = chatId;
            this.generation = generation;
        }

        Integer generation() {
            return generation;
        }

        /** Whether it holds as many buttons as a place of two digits can name. */
        boolean isFull() {
            return buttons.size() == MAX_PLACES;
        }

        /** Adds a button; returns its callback data. */
        String add(String action, String argument) {
            if (isFull()) {
                throw new IllegalStateException("An offer holds " + MAX_PLACES + " buttons; start another");
            }
            if (token == null) {
                token = token();
            }
            buttons.add(new String[] {action, argument});
            return token + (buttons.size() - 1);
        }
    }

    /** A new, empty offer of buttons to a chat; {@code generation} null for standing buttons. */
    Offer newOffer(long chatId, Integer generation) {
        return new Offer(chatId, generation);
    }

    /** Writes a turn's offers (a row each) in one statement, in the turn's transaction. */
    void store(List<Offer> offers) {
        List<Object> params = new ArrayList<>(offers.size() * 5);
        int rows = 0;
        Instant now = clock.instant();
        for (Offer set : offers) {
            if (set.buttons.isEmpty()) {
                continue;
            }
            Instant expires = now.plus(set.generation == null ? STANDING_LIFETIME : STEP_LIFETIME);
            params.addAll(Arrays.asList(
                    set.token, set.chatId, set.generation, DbTime.of(expires), json.writeValueAsString(set.buttons)));
            rows++;
        }
        if (rows == 0) {
            return;
        }
        jdbc.sql("INSERT INTO button_set (token, chat_id, generation, expires_at, buttons) VALUES "
                        + SqlRows.of("(?, ?, ?, ?, ?)", rows))
                .params(params)
                .update();
    }

    /** The press behind callback data, if it was offered to this chat and is still current. */
    Optional<Press> resolve(long chatId, String callbackData, int currentGeneration) {
        if (callbackData == null) {
            return Optional.empty();
        }
        String token;
        int index;
        if (callbackData.length() == SINGLE_TOKEN_LENGTH) {
            token = callbackData;
            index = 0;
        } else if (callbackData.length() > TOKEN_LENGTH && callbackData.length() <= TOKEN_LENGTH + 2) {
            token = callbackData.substring(0, TOKEN_LENGTH);
            index = place(callbackData.substring(TOKEN_LENGTH));
        } else {
            return Optional.empty();
        }
        if (index < 0) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT generation, expires_at, buttons FROM button_set WHERE token = ? AND chat_id = ?")
                .params(token, chatId)
                .query((rs, i) -> {
                    Integer generation = (Integer) rs.getObject(1);
                    boolean current = (generation == null || generation == currentGeneration)
                            && DbTime.read(rs, 2).isAfter(clock.instant());
                    String[][] buttons = json.readValue(rs.getString(3), String[][].class);
                    return current && index < buttons.length
                            ? Optional.of(new Press(buttons[index][0], buttons[index][1], generation == null))
                            : Optional.<Press>empty();
                })
                .list()
                .stream()
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A button's place in its set: one or two decimal digits, or -1. */
    private static int place(String digits) {
        int place = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || (i == 0 && c == '0' && digits.length() > 1)) {
                return -1;
            }
            place = place * 10 + (c - '0');
        }
        return place;
    }

    /** Expired buttons are of no use to anyone: clear them hourly. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    // Each instance's hour starts when it did: the lock kept 55 minutes makes it once an hour in all.
    @SchedulerLock(name = "button-purge", lockAtMostFor = "PT59M", lockAtLeastFor = "PT55M")
    void purgeExpired() {
        // In a transaction, so it queues on the app's write lock like every other writer instead
        // of failing with SQLITE_BUSY behind a long one.
        tx.executeWithoutResult(s -> jdbc.sql("DELETE FROM button_set WHERE expires_at < ?")
                .param(DbTime.of(clock.instant()))
                .update());
    }

    void forgetChat(long chatId) {
        jdbc.sql("DELETE FROM button_set WHERE chat_id = ?").param(chatId).update();
    }

    /**
     * Fourteen characters: six that count the seconds since 2025 and eight drawn at random. The
     * tokens of one turn, and of the turns after it, sort next to each other, so a turn's buttons
     * go into the last leaf of the token's b-tree: with fully random tokens each button landed on
     * a page of its own, read back and written again at every commit (the profile of
     * FilingBenchmark put the buttons' INSERT at an eighth of the inbox processor). What a token
     * can do is decided by the chat it was offered to and by its generation, never by the token
     * alone, so the time it shows gives nothing away; the random part keeps it unguessable.
     *
     * <p>The alphabet is in ASCII order so that the database's byte order is the order of time.
     * The random characters come from one draw of bytes; a byte counts only below the largest
     * multiple of the alphabet's size, so every character stays equally likely.
     */
    String token() {
        char[] t = new char[TIME_CHARS + RANDOM_CHARS];
        long seconds = Math.max(0, clock.instant().getEpochSecond() - EPOCH_2025);
        for (int i = TIME_CHARS - 1; i >= 0; i--) {
            t[i] = ALPHABET[(int) (seconds % ALPHABET.length)];
            seconds /= ALPHABET.length;
        }
        byte[] bytes = new byte[16];
        int limit = 256 - 256 % ALPHABET.length;
        int filled = TIME_CHARS;
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
