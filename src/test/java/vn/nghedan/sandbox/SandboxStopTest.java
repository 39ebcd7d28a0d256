package vn.nghedan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.nghedan.NgheDanApplication;

/**
 * The sandbox stopping while its bot's poll is held at the stand-in, as it nearly always is. The
 * poller's thread used to be interrupted; the read it was blocked in ignored that until the
 * stand-in answered the poll on its own close, then failed on the flag, and the Telegram library
 * logged an ERROR at every clean stop. In this JVM (unlike a process that exits) the poller's
 * last words are always heard, so its own context: the shared one stops only with the JVM.
 */
class SandboxStopTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void stoppingWhileThePollIsHeldLogsNoErrorOrWarning() throws Exception {
        Path db = Files.createTempDirectory("sandbox-stop").resolve("app.db");
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(NgheDanApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(
                        "--spring.datasource.url=jdbc:sqlite:" + db,
                        "--nghedan.data-folder=" + db.resolveSibling("data"),
                        "--nghedan.admin.password=sandbox-stop-password");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Set<Thread> mine = new HashSet<>();
        try {
            BotApiStandIn api = app.getBean(BotApiStandIn.class);
            await().atMost(WAIT).until(() -> api.heldPolls() == 1);
            Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread))
                    .forEach(mine::add);
            assertThat(mine).extracting(Thread::getName).contains("telegram-poll");

            logged.start();
            root.addAppender(logged);
            app.close();
            for (Thread thread : mine) {
                if (thread.getName().equals("telegram-poll")) {
                    thread.join(WAIT.toMillis()); // whatever it logs on its way out is heard
                }
            }
        } finally {
            root.detachAppender(logged);
            app.close();
        }

        Set<String> names = new HashSet<>();
        mine.forEach(thread -> names.add(thread.getName()));
        names.add(Thread.currentThread().getName());
        List<String> warnings = logged.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(event -> names.contains(event.getThreadName()))
                .map(event -> event.getThreadName() + " " + event.getLevel() + " " + event.getLoggerName() + ": "
                        + event.getFormattedMessage())
                .toList();
        assertThat(warnings).isEmpty();
        assertThat(mine.stream().filter(thread -> thread.getName().equals("telegram-poll")))
                .as("the poller's thread ended with the app")
                .noneMatch(Thread::isAlive);
    }
}
