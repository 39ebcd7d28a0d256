package vn.nghedan.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.AppProcess;
import vn.nghedan.support.Chat;

/**
 * The sandbox keeps its database ({@code data/sandbox.db}) while its Bot API stand-in starts
 * afresh with the app, numbering updates from 1 again. The first poll asked from offset 1 (the
 * library starts at 0, which was not taken for "nothing yet"), so the new updates collided with
 * the stored ones and were dropped as already received: after any restart the bot never answered.
 * Now the first poll asks above what the inbox holds, and the stand-in carries on above it.
 */
class SandboxRestartTest {

    @TempDir
    Path dir;

    @Test
    void theBotStillAnswersAfterTheSandboxRestartsOnItsDatabase() throws Exception {
        Path db = dir.resolve("sandbox.db");
        List<String> jvm = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
        BotApiStandIn before = new BotApiStandIn().maxPollHold(Duration.ofSeconds(2));
        try (StandInServer server = StandInServer.start(before, CrashRecoveryTest.TOKEN, 0);
                AppProcess app = new AppProcess(
                        CrashRecoveryTest.env(server, db), Path.of("target", "sandbox-restart-app-1.log"))) {
            app.start(jvm);
            Chat.of(before, 777, "Cô Lan").onboard("Khóm 2");
        }

        BotApiStandIn after = new BotApiStandIn().maxPollHold(Duration.ofSeconds(2));
        try (StandInServer server = StandInServer.start(after, CrashRecoveryTest.TOKEN, 0);
                AppProcess app = new AppProcess(
                        CrashRecoveryTest.env(server, db), Path.of("target", "sandbox-restart-app-2.log"))) {
            app.start(jvm);
            Chat lan = Chat.of(after, 777, "Cô Lan");
            lan.send("/sessions");
            lan.expect("Khóm 2");
            lan.send("/help");
            lan.expect("/new");
        }
    }
}
