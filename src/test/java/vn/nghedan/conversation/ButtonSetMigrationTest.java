package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.platform.DbTime;
import vn.nghedan.support.TestPostgres;

/**
 * V6_13 keeps a turn's buttons as one row. Buttons already on residents' screens when a ward
 * upgrades keep working: a button offered before is read as the only one of its set, with what it
 * meant, its chat and its generation, on both engines; and a set written now is read back button
 * by button, while a place beyond the set or a foreign chat finds nothing.
 */
class ButtonSetMigrationTest {

    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");
    private static final long CHAT = 4242;

    @TempDir
    Path dir;

    @Test
    void aButtonOfferedBeforeTheUpgradeStillWorksOnSqlite() throws Exception {
        Files.createDirectories(dir);
        SingleConnectionDataSource sqlite =
                new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("old.db"), true);
        try {
            upgradeWithOldButtons(sqlite, "sqlite");
        } finally {
            sqlite.destroy();
        }
    }

    @Test
    void aButtonOfferedBeforeTheUpgradeStillWorksOnPostgres() {
        TestPostgres.Database db = TestPostgres.newDatabase();
        upgradeWithOldButtons(new DriverManagerDataSource(db.url(), db.username(), db.password()), "postgresql");
    }

    private void upgradeWithOldButtons(DataSource dataSource, String vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .target("6.12")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Instant expires = NOW.plus(Duration.ofDays(1));
        jdbc.sql("INSERT INTO offered_button (token, chat_id, action, argument, generation, expires_at)"
                        + " VALUES ('AbCdEfGhJk23', ?, 'new.topic', 'FLOOD', 7, ?),"
                        + " ('StAnDiNg2345', ?, 'sessions', NULL, NULL, ?)")
                .params(CHAT, DbTime.of(expires), CHAT, DbTime.of(expires))
                .update();

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .load()
                .migrate();

        Buttons buttons = new Buttons(
                jdbc,
                null,
                Clock.fixed(NOW, ZoneOffset.UTC),
                JsonMapper.builder().build());
        assertThat(buttons.resolve(CHAT, "AbCdEfGhJk23", 7)).contains(new Buttons.Press("new.topic", "FLOOD", false));
        assertThat(buttons.resolve(CHAT, "AbCdEfGhJk23", 8))
                .as("a later prompt")
                .isEmpty();
        assertThat(buttons.resolve(CHAT, "StAnDiNg2345", 99)).contains(new Buttons.Press("sessions", null, true));
        assertThat(buttons.resolve(CHAT + 1, "StAnDiNg2345", 99))
                .as("another chat")
                .isEmpty();

        // A set written now: one row, read back by place.
        Buttons.Offer offer = buttons.newOffer(CHAT, 8);
        String kind = offer.add("new.kind", "QUESTION");
        String back = offer.add("new.back", null);
        buttons.store(List.of(offer, buttons.newOffer(CHAT, null)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM button_set")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(kind).hasSize(Buttons.TOKEN_LENGTH + 1).endsWith("0");
        assertThat(back).isEqualTo(kind.substring(0, Buttons.TOKEN_LENGTH) + "1");
        assertThat(buttons.resolve(CHAT, kind, 8)).contains(new Buttons.Press("new.kind", "QUESTION", false));
        assertThat(buttons.resolve(CHAT, back, 8)).contains(new Buttons.Press("new.back", null, false));
        String token = kind.substring(0, Buttons.TOKEN_LENGTH);
        assertThat(buttons.resolve(CHAT, token + "2", 8)).as("beyond the set").isEmpty();
        assertThat(buttons.resolve(CHAT, token + "01", 8))
                .as("not a place as written")
                .isEmpty();
        assertThat(buttons.resolve(CHAT, token + "x", 8)).isEmpty();
        assertThat(buttons.resolve(CHAT, token, 8)).isEmpty();
        assertThat(buttons.resolve(CHAT + 1, kind, 8)).as("another chat").isEmpty();

        // A hundred buttons fill an offer: places 0 to 99, each its own press.
        Buttons.Offer big = buttons.newOffer(CHAT, null);
        String last = null;
        for (int i = 0; i < 100; i++) {
            last = big.add("open", Integer.toString(i));
        }
        assertThat(big.isFull()).isTrue();
        buttons.store(List.of(big));
        assertThat(last).endsWith("99");
        assertThat(buttons.resolve(CHAT, last, 8)).contains(new Buttons.Press("open", "99", true));
    }
}
