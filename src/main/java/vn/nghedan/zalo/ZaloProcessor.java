package vn.nghedan.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.conversation.Conversations;
import vn.nghedan.conversation.Inbound;
import vn.nghedan.notification.Outbox;
import vn.nghedan.platform.WorkLoop;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Residents;

/**
 * Works through the Zalo inbox, each person's events in the order they came, driving the same
 * conversation as Telegram. An event is handled and marked done in the transaction that writes
 * its replies to the outbox; one that fails is rolled back alone (a savepoint), marked FAILED and
 * answered with an apology, so nobody is stuck behind it. A new person's Zalo name is looked up
 * before their first event ({@link ZaloProfiles}); an {@code unfollow} is no conversation: the
 * address is marked unreachable and what waits for it is dropped, until they follow or write again.
 */
@Component
class ZaloProcessor extends WorkLoop {

    private static final Logger log = LoggerFactory.getLogger(ZaloProcessor.class);
    private static final int BATCH = 20;
    private static final String UNFOLLOW = "unfollow";

    private final ZaloEvents events;
    private final ZaloProfiles profiles;
    private final ZaloChoices choices;
    private final Residents residents;
    private final Outbox outbox;
    private final ChatAddresses addresses;
    private final Conversations conversations;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final ObjectProvider<ZaloEndpoint> endpoint;
    private final ObjectMapper json = new ObjectMapper();

    ZaloProcessor(
            ZaloEvents events,
            ZaloProfiles profiles,
            ZaloChoices choices,
            Residents residents,
            Outbox outbox,
            ChatAddresses addresses,
            Conversations conversations,
            TransactionTemplate tx,
            ObjectProvider<ZaloEndpoint> endpoint) {
        super("zalo-processor", log);
        this.endpoint = endpoint;
        this.events = events;
        this.profiles = profiles;
        this.choices = choices;
        this.residents = residents;
        this.outbox = outbox;
        this.addresses = addresses;
        this.conversations = conversations;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Only with a Zalo channel: without one no event is ever stored. */
    @Override
    public boolean isAutoStartup() {
        return endpoint.getIfAvailable() != null;
    }

    /** One batch in the calling transaction (which holds the claim on PostgreSQL); returns its size. */
    @Override
    protected int round() {
        // Outside the transaction: a call to Zalo must not hold the database (SQLite's one writer).
        profiles.lookUpNewPeople();
        Integer handled = tx.execute(s -> {
            List<ZaloEvents.Row> rows = events.next(BATCH);
            for (ZaloEvents.Row row : rows) {
                if (UNFOLLOW.equals(row.eventName())) {
                    unfollowed(row);
                } else {
                    // A person who came after this round's lookup waits for the next round's: their
                    // first answer is then made knowing their name.
                    profiles.profileOf(row.chatId()).ifPresent(p -> process(row, p.name()));
                }
            }
            return rows.size();
        });
        return handled == null ? 0 : handled;
    }

    private void process(ZaloEvents.Row row, String name) {
        Inbound in;
        try {
            JsonNode event = json.readTree(row.payload());
            in = ZaloTranslator.translate(row.chatId(), row.eventName(), event, name, choices::tokenFor);
        } catch (Exception e) {
            log.warn("Zalo event {} could not be read: {}", row.id(), e.toString());
            events.markProcessed(row.id(), "UNREADABLE");
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> {
                // They wrote or followed: Zalo lets the OA answer them again for 7 days.
                addresses.markReachable(row.chatId());
                choices.clear(row.chatId());
                conversations.handle(in);
                events.markProcessed(row.id(), "OK");
            });
        } catch (RuntimeException e) {
            log.error("Zalo event {} failed; the person gets an apology", row.id(), e);
            try {
                savepoint.executeWithoutResult(s -> {
                    conversations.apologise(in);
                    events.markProcessed(row.id(), "FAILED");
                });
            } catch (RuntimeException again) {
                log.error("Zalo event {} could not be answered either; skipped", row.id(), again);
                events.markProcessed(row.id(), "FAILED");
            }
        }
    }

    /**
     * They stopped following the OA: Zalo will not carry the ward's messages to them, so their
     * address is marked (the console lists them), broadcasts skip them (the resident is
     * unreachable, as after a Telegram block) and what was waiting for them is dropped, not retried.
     */
    private void unfollowed(ZaloEvents.Row row) {
        try {
            savepoint.executeWithoutResult(s -> {
                addresses.markUnfollowed(row.chatId());
                residents.markUnreachableChat(row.chatId());
                outbox.dropPending(row.chatId(), "zalo unfollow: the person stopped following the OA");
                choices.clear(row.chatId());
                events.markProcessed(row.id(), "OK");
            });
        } catch (RuntimeException e) {
            log.error("Zalo unfollow {} could not be recorded; skipped", row.id(), e);
            events.markProcessed(row.id(), "FAILED");
        }
    }
}
