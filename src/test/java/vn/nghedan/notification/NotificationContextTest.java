package vn.nghedan.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Ward;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionDetails;
import vn.nghedan.session.SessionKind;
import vn.nghedan.session.Sessions;

/**
 * The one Spring context every test of this module shares: the whole application on a SQLite
 * file in a temporary folder, with the movable clock and the recording transport. Each test
 * starts from empty tables, the relay stopped and the clock frozen on a Tuesday morning.
 */
@SpringBootTest
@Import(NotificationTestConfiguration.class)
abstract class NotificationContextTest {

    static final long OFFICIAL_A = 9001;
    static final long OFFICIAL_B = 9002;

    private static final Path DATABASE = temporaryDatabase();
    private static final AtomicLong PEOPLE = new AtomicLong(100_000);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + DATABASE);
        registry.add("nghedan.admin.telegram-ids", () -> OFFICIAL_A + ", " + OFFICIAL_B);
        registry.add("nghedan.quiet-hours", () -> "21:00-06:30");
        registry.add("nghedan.send-rate", () -> "25");
        // The hourly check is called by the tests themselves, at the times they choose.
        registry.add("nghedan.reminders.check-cron", () -> "-");
    }

    @Autowired
    MutableClock clock;

    @Autowired
    RecordingTransport transport;

    /** The app's router: Telegram chats to the recording transport. */
    @Autowired
    Transports transports;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxSignal signal;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    Residents residents;

    @Autowired
    Sessions sessions;

    @BeforeEach
    void startClean() {
        relay.stop();
        transport.reset();
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                // Other modules' tables may point at these; the test data goes whole.
                statement.execute("PRAGMA foreign_keys = OFF");
                for (String table : List.of(
                        "outbox",
                        "send_pause",
                        "submission_supporter",
                        "submission_word",
                        "word_frequency",
                        "submission_event",
                        "submission_attachment",
                        "submission",
                        "session_neighbourhood",
                        "dialogue_session",
                        "resident")) {
                    statement.execute("DELETE FROM " + table);
                }
                statement.execute("PRAGMA foreign_keys = ON");
            }
            return null;
        });
        clock.freezeAt(ward("2026-12-01T10:00"));
    }

    /** A ward-time moment: {@code 2026-12-10T08:00} is 08:00 in Asia/Ho_Chi_Minh. */
    static Instant ward(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Ward.ZONE).toInstant();
    }

    /** A resident who accepted the data notice and chose a neighbourhood; chat id = user id. */
    Resident resident(String neighbourhood, String language) {
        long id = PEOPLE.incrementAndGet();
        Resident r = residents.findOrRegister(id, id, "Người " + id, language);
        r.consent(clock.instant());
        r.chooseNeighbourhood(neighbourhood);
        r.switchLanguage(language);
        return residents.save(r);
    }

    Resident resident(String neighbourhood) {
        return resident(neighbourhood, "vi");
    }

    DialogueSession session(Instant startsAt, Double latitude, Double longitude, String... neighbourhoods) {
        return sessions.plan(details(startsAt, latitude, longitude, neighbourhoods))
                .session();
    }

    static SessionDetails details(Instant startsAt, Double latitude, Double longitude, String... neighbourhoods) {
        return new SessionDetails(
                "Đối thoại quý IV",
                SessionKind.DIALOGUE,
                startsAt,
                "Hội trường khóm 1",
                latitude,
                longitude,
                List.of(neighbourhoods),
                null,
                null);
    }

    /** An outbox row with its message decoded. */
    record Row(
            long id,
            long chatId,
            Outgoing message,
            String key,
            String status,
            Instant notBefore,
            int attempts,
            Instant sentAt) {

        String text() {
            return message instanceof Outgoing.Text t ? t.text() : null;
        }
    }

    List<Row> rows() {
        return jdbc.sql("SELECT id, chat_id, kind, payload, dedup_key, status, not_before, attempts, sent_at"
                        + " FROM outbox ORDER BY id")
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        outbox.read(rs.getString(3), rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        DbTime.read(rs, 7),
                        rs.getInt(8),
                        DbTime.read(rs, 9)))
                .list();
    }

    List<Row> rowsTo(long chatId) {
        return rows().stream().filter(r -> r.chatId() == chatId).toList();
    }

    List<Row> rowsTo(Resident resident) {
        return rowsTo(resident.getChatId());
    }

    /** Pretends the relay delivered these rows (planner tests run with the relay stopped). */
    void markSent(List<Row> delivered) {
        for (Row row : delivered) {
            jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = ? WHERE id = ?")
                    .params(DbTime.of(clock.instant()), row.id())
                    .update();
        }
    }

    private static Path temporaryDatabase() {
        try {
            Path folder = Files.createTempDirectory("nghedan-notification-test");
            folder.toFile().deleteOnExit();
            return folder.resolve("test.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
