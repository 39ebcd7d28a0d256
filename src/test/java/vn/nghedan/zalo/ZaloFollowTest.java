package vn.nghedan.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.nghedan.notification.Lane;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.resident.ChatAddresses;

/**
 * Following and unfollowing the ward's Zalo OA, and the person's Zalo name: a follow greets them
 * as /start does, with the display name Zalo's profile gives; an unfollow makes their address
 * unreachable (nothing waits for them, nothing is tried, the console names them) until they follow
 * again.
 */
class ZaloFollowTest extends ZaloTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void followingTheOaGreetsThemAndTheirNameComesFromZaloOnce() {
        ZaloUser hoa = new ZaloUser(zalo, "Chị Hoa").follow();
        hoa.expect("Nghị định 13/2023");
        long chat = chatOf(hoa);

        assertThat(residentName(chat)).contains("Chị Hoa");
        hoa.choose("✅ Tôi đồng ý");
        hoa.expect("khóm nào");
        assertThat(zalo.profileCalls(hoa.id()))
                .as("looked up once, not per message")
                .isEqualTo(1);
    }

    @Test
    void aPersonZaloGivesNoProfileForGoesOnWithoutAName() {
        ZaloUser an = greeted();
        long chat = chatOf(an);

        assertThat(residentName(chat)).as("no name").isEmpty();
        an.choose("✅ Tôi đồng ý");
        an.expect("khóm nào");
        assertThat(zalo.profileCalls(an.id()))
                .as("a failed lookup is not tried again")
                .isEqualTo(1);
    }

    @Test
    void anUnfollowMakesTheAddressUnreachableUntilTheyFollowAgain() throws Exception {
        ZaloUser tu = new ZaloUser(zalo, "Anh Tư Zalo").onboard("Khóm 1");
        long chat = chatOf(tu);
        transactions.executeWithoutResult(s -> outbox.plan(
                chat,
                new Outgoing.Text("Nhắc lịch tiếp dân sáng mai."),
                Instant.now().plus(Duration.ofHours(1)),
                "zalo-unfollow-" + tu.id(),
                Lane.BROADCAST));

        tu.unfollow();

        await().atMost(ZaloUser.WAIT)
                .until(() -> addresses.barrier(chat).equals(Optional.of(ChatAddresses.Barrier.UNFOLLOWED)));
        assertThat(statusesTo(chat)).as("what waited for them ends unsent").doesNotContain("PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident WHERE chat_id = ? AND unreachable_at IS NOT NULL")
                        .param(chat)
                        .query(Long.class)
                        .single())
                .as("broadcasts skip them, as a Telegram block")
                .isEqualTo(1);
        assertThat(addresses.outOfWindow())
                .filteredOn(o -> o.chatKey() == chat)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.barrier()).isEqualTo(ChatAddresses.Barrier.UNFOLLOWED);
                    assertThat(o.displayName()).isEqualTo("Anh Tư Zalo");
                });
        String page = consolePage("/console/neighbourhoods");
        assertThat(page).contains("Anh Tư Zalo", "Đã bỏ quan tâm tài khoản Zalo của phường");

        // A message meanwhile is not even tried: Zalo would refuse it.
        int refusedBefore = zalo.refusedSends();
        reply(chat, "Phường đã nhận ý kiến.");
        await().atMost(ZaloUser.WAIT)
                .until(() -> statusesTo(chat).stream().filter("DROPPED"::equals).count() == 2);
        assertThat(zalo.refusedSends()).isEqualTo(refusedBefore);
        assertThat(zalo.messagesTo(tu.id())).noneMatch(m -> m.contains("Phường đã nhận ý kiến"));

        // Zalo resends an unfollow: stored once.
        String resent = zalo.followEvent(tu.id(), "unfollow");
        String id = "unfollow:" + tu.id() + ":"
                + JSON.readTree(resent).path("timestamp").asText();
        assertThat(zalo.deliver(resent)).isEqualTo(200);
        assertThat(zalo.deliver(resent)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zalo_event WHERE message_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // They follow again: greeted, reachable, and the ward's messages reach them.
        tu.follow();
        tu.expect("Bà con đang ở");
        await().atMost(ZaloUser.WAIT).until(() -> addresses.barrier(chat).isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident WHERE chat_id = ? AND unreachable_at IS NULL")
                        .param(chat)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(consolePage("/console/neighbourhoods")).doesNotContain("Anh Tư Zalo");
        reply(chat, "Lịch tiếp dân đã đổi.");
        tu.expect("Lịch tiếp dân đã đổi.");
    }

    @Test
    void anUnfollowFromSomeoneTheWardNeverMetKeepsNothing() {
        String stranger = "never-met-" + newUserId();

        assertThat(zalo.unfollow(stranger)).isEqualTo(200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_address WHERE external_id = ?")
                        .param(stranger)
                        .query(Long.class)
                        .single())
                .as("no Zalo id of theirs kept")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zalo_event WHERE message_id LIKE ?")
                        .param("unfollow:" + stranger + ":%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Optional<String> residentName(long chat) {
        return jdbc.sql("SELECT display_name FROM resident WHERE chat_id = ?")
                .param(chat)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1)).filter(n -> !n.isEmpty()))
                .single();
    }

    /** The console page as the ward's admin sees it, signed in through the login form. */
    private String consolePage(String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher csrf = CSRF.matcher(fetch(browser, "/login", null).body());
        assertThat(csrf.find()).isTrue();
        String form = "username=admin&password=e2e-admin-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        assertThat(fetch(browser, "/login", form).statusCode()).isEqualTo(302);
        HttpResponse<String> page = fetch(browser, path, null);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private HttpResponse<String> fetch(HttpClient browser, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
