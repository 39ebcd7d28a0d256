package vn.nghedan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.nghedan.sandbox.BotApiStandIn;

/**
 * Base of the end-to-end tests: the whole app in sandbox mode (no token) on a real SQLite file,
 * its bot polling the built-in Bot API stand-in over HTTP through the real TelegramBots client.
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
            "nghedan.erased-sweep-ms=300"
        })
public abstract class EndToEndTest {

    private static final AtomicLong NEXT_USER = new AtomicLong(200_000);
    private static final Path DB;

    static {
        try {
            DB = Files.createTempDirectory("nghedan-e2e").resolve("e2e.db");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + DB);
        registry.add("nghedan.data-folder", () -> DB.getParent().resolve("data").toString());
    }

    @Autowired
    protected BotApiStandIn api;

    /** The folder of attachments and other files (the database is beside it). */
    protected static Path dataFolder() {
        return DB.getParent().resolve("data");
    }

    protected static Path databaseFile() {
        return DB;
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
