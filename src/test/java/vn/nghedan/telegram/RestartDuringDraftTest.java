package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.AppProcess;
import vn.nghedan.support.Chat;

/** Onboarding and a half-written submission survive a SIGKILL: the resident carries on after restart. */
class RestartDuringDraftTest {

    @TempDir
    Path dir;

    @Test
    void theConversationGoesOnAfterTheProcessWasKilled() throws Exception {
        BotApiStandIn api = new BotApiStandIn().maxPollHold(Duration.ofSeconds(2));
        Path db = dir.resolve("restart.db");
        try (StandInServer server = StandInServer.start(api, CrashRecoveryTest.TOKEN, 0);
                AppProcess app =
                        new AppProcess(CrashRecoveryTest.env(server, db), Path.of("target", "restart-test-app.log"))) {
            List<String> jvm = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
            app.start(jvm);
            Chat lan = Chat.of(api, 777, "Cô Lan").onboard("Khóm 2");
            lan.send("/new");
            lan.press("⚠️ Phản ánh sự việc");
            lan.press("Môi trường, trật tự đô thị");
            lan.expect("viết nội dung");
            lan.send("Xe tải chở cát chạy ban đêm làm bụi và ồn cả xóm");
            lan.expect("gửi thêm ảnh");

            app.kill();
            app.start(jvm);

            lan.press("✅ Xong");
            lan.expect("công khai tên hay ẩn danh");
            lan.press("👤 Công khai tên tôi");
            lan.expect("Khóm 2");
            lan.press("✅ Gửi");
            lan.expect("Đã nhận ý kiến #");
            app.close();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    ResultSet rs = c.createStatement()
                            .executeQuery("SELECT COUNT(*), MAX(text), MAX(neighbourhood_code) FROM submission")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("Xe tải chở cát chạy ban đêm làm bụi và ồn cả xóm");
                assertThat(rs.getString(3)).isEqualTo("K2");
            }
        }
    }
}
