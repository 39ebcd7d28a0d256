package vn.nghedan.zalo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Texts;
import vn.nghedan.resident.Address;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;

/**
 * A Zalo person's display name, looked up once (OA API "user detail") before their first event is
 * handled, so that the bot knows them by name as it knows a Telegram user by their first name
 * (a named submission's author, the console). The lookup runs outside the inbox's transaction, with
 * a short timeout; whatever goes wrong (Zalo down, no permission, an unknown id) leaves the person
 * without a name and is not tried again: the conversation never waits on it twice.
 */
@Component
class ZaloProfiles {

    private static final Logger log = LoggerFactory.getLogger(ZaloProfiles.class);
    private static final int NAME_MAX = 100;
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChatAddresses addresses;
    private final ZaloTokens tokens;
    private final ZaloApi api;
    private final ObjectProvider<ZaloEndpoint> endpoint;

    ZaloProfiles(
            JdbcClient jdbc,
            Clock clock,
            ChatAddresses addresses,
            ZaloTokens tokens,
            ZaloApi api,
            ObjectProvider<ZaloEndpoint> endpoint) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.addresses = addresses;
        this.tokens = tokens;
        this.api = api;
        this.endpoint = endpoint;
    }

    /**
     * Looks up the people who wrote or followed and whose name was never looked up. An unfollow
     * alone is no reason to ask Zalo about someone.
     */
    void lookUpNewPeople() {
        ZaloEndpoint zalo = endpoint.getIfAvailable();
        if (zalo == null) {
            return;
        }
        List<Long> chats = jdbc.sql("SELECT DISTINCT z.chat_id FROM zalo_event z WHERE z.processed_at IS NULL"
                        + " AND z.event_name <> 'unfollow'"
                        + " AND NOT EXISTS (SELECT 1 FROM zalo_profile p WHERE p.chat_id = z.chat_id) LIMIT ?")
                .param(BATCH)
                .query(Long.class)
                .list();
        for (long chat : chats) {
            // Recorded even without an address (forgotten meanwhile): the event must not wait for it.
            remember(
                    chat,
                    addresses
                            .addressOf(chat)
                            .filter(a -> a.messenger() == Messenger.ZALO)
                            .map(a -> lookUp(zalo, a))
                            .orElse(null));
        }
    }

    private String lookUp(ZaloEndpoint zalo, Address address) {
        try {
            ZaloApi.Answer answer = tokens.call(zalo, token -> api.userDetail(zalo, token, address.externalId()));
            if (!answer.ok() || answer.body() == null) {
                log.info("Zalo gave no profile for a new person: {} {}", answer.error(), answer.message());
                return null;
            }
            String name =
                    Texts.clean(answer.body().path("data").path("display_name").asText(""));
            return name.isEmpty() ? null : Texts.shorten(name, NAME_MAX);
        } catch (Exception e) {
            log.info("Zalo profile lookup failed; the person goes on without a name: {}", e.toString());
            return null;
        }
    }

    private void remember(long chat, String name) {
        jdbc.sql("INSERT INTO zalo_profile (chat_id, display_name, checked_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (chat_id) DO NOTHING")
                .params(chat, name, DbTime.of(clock.instant()))
                .update();
    }

    /** What the lookup found: the display name, or null when Zalo gave none. */
    record Profile(String name) {}

    /** The person's profile once looked up; empty while the lookup is still to come. */
    Optional<Profile> profileOf(long chat) {
        return jdbc.sql("SELECT display_name FROM zalo_profile WHERE chat_id = ?")
                .param(chat)
                .query((rs, i) -> new Profile(rs.getString(1)))
                .optional();
    }
}
