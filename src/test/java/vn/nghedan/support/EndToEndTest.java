package vn.nghedan.support;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import vn.nghedan.sandbox.BotApiStandIn;

/**
 * Base of the end-to-end tests: the whole app in sandbox mode (no token) on a real SQLite file
 * ({@link SqliteTestDatabase}), its bot polling the built-in Bot API stand-in over HTTP through
 * the real TelegramBots client. A subclass marked {@link OnPostgres} runs the same on PostgreSQL.
 * All subclasses share this one context (one poller, one stand-in); each test uses fresh
 * Telegram user ids so tests don't see each other's chats.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nghedan.telegram.token=",
            "nghedan.send-rate=1000",
            "nghedan.quiet-hours=",
            "nghedan.admin.telegram-ids=9001",
            "nghedan.admin.password=e2e-admin-password",
            "nghedan.attachments.poll-ms=200",
            "nghedan.attachments.retry-pause=100ms",
            "nghedan.erased-sweep-ms=300",
            "nghedan.zalo.rate-limit-pause=1s",
            "nghedan.zalo.quota-pause=1s"
        })
@ContextConfiguration(initializers = SqliteTestDatabase.class)
public abstract class EndToEndTest {

    private static final AtomicLong NEXT_USER = new AtomicLong(200_000);

    @Autowired
    protected BotApiStandIn api;

    @Value("${nghedan.data-folder}")
    private String dataFolder;

    /** The folder of attachments and other files of this context (see {@link SqliteTestDatabase}). */
    protected Path dataFolder() {
        return Path.of(dataFolder);
    }

    /** The folder that holds this context's data folder and, on SQLite, its database file. */
    protected Path databaseFolder() {
        return dataFolder().toAbsolutePath().getParent();
    }

    /** A never-used Telegram id. */
    protected static long newUserId() {
        return NEXT_USER.incrementAndGet();
    }

    /** A new person with a never-used Telegram id. */
    protected Chat newResident(String name) {
        return Chat.of(api, NEXT_USER.incrementAndGet(), name);
    }
}
