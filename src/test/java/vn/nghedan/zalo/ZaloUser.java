package vn.nghedan.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nghedan.sandbox.ZaloStandIn;

/**
 * A person on Zalo, as the tests play them through the {@link ZaloStandIn}: writes to the OA
 * (the stand-in posts the signed event to the app), reads what the OA wrote back, and answers a
 * numbered choice with its number, as a person would.
 */
final class ZaloUser {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private final ZaloStandIn zalo;
    private final String id;
    private int read;

    ZaloUser(ZaloStandIn zalo) {
        this.zalo = zalo;
        this.id = "zu" + NEXT.incrementAndGet();
    }

    /** A person whose Zalo profile carries this display name. */
    ZaloUser(ZaloStandIn zalo, String displayName) {
        this(zalo);
        zalo.name(id, displayName);
    }

    String id() {
        return id;
    }

    ZaloUser send(String text) {
        assertThat(zalo.sendText(id, text)).as("webhook status").isEqualTo(200);
        return this;
    }

    ZaloUser follow() {
        assertThat(zalo.follow(id)).as("webhook status").isEqualTo(200);
        return this;
    }

    ZaloUser unfollow() {
        assertThat(zalo.unfollow(id)).as("webhook status").isEqualTo(200);
        return this;
    }

    /** The first message after the last one read that contains the fragment, once it came. */
    String expect(String fragment) {
        String[] found = new String[1];
        await().atMost(WAIT).until(() -> {
            List<String> all = zalo.messagesTo(id);
            for (int i = read; i < all.size(); i++) {
                if (all.get(i).contains(fragment)) {
                    found[0] = all.get(i);
                    read = i + 1;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Answers the newest numbered choice with this label with its number. */
    ZaloUser choose(String label) {
        Pattern line = Pattern.compile("(?m)^(\\d+)\\. " + Pattern.quote(label) + "$");
        String[] number = new String[1];
        await().atMost(WAIT).until(() -> {
            List<String> all = zalo.messagesTo(id);
            for (int i = all.size() - 1; i >= 0; i--) {
                Matcher m = line.matcher(all.get(i));
                if (m.find()) {
                    number[0] = m.group(1);
                    read = Math.max(read, i + 1);
                    return true;
                }
            }
            return false;
        });
        return send(number[0]);
    }

    /** Goes through the data notice and picks the khóm, answering the numbered choices. */
    ZaloUser onboard(String neighbourhoodLabel) {
        send("Xin chào");
        expect("Nghị định 13/2023");
        choose("✅ Tôi đồng ý");
        expect("khóm nào");
        choose(neighbourhoodLabel);
        expect("Chào mừng");
        return this;
    }
}
