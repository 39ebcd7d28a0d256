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
import vn.nghedan.platform.WorkLoop;
import vn.nghedan.resident.ChatAddresses;

/**
 * Works through the Zalo inbox, each person's events in the order they came, driving the same
 * conversation as Telegram. An event is handled and marked done in the transaction that writes
 * its replies to the outbox; one that fails is rolled back alone (a savepoint), marked FAILED and
 * answered with an apology, so nobody is stuck behind it.
 */
@Component
class ZaloProcessor extends WorkLoop {

    private static final Logger log = LoggerFactory.getLogger(ZaloProcessor.class);
    private static final int BATCH = 20;

    private final ZaloEvents events;
    private final ZaloChoices choices;
    private final ChatAddresses addresses;
    private final Conversations conversations;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final ObjectProvider<ZaloEndpoint> endpoint;
    private final ObjectMapper json = new ObjectMapper();

    ZaloProcessor(
            ZaloEvents events,
            ZaloChoices choices,
            ChatAddresses addresses,
            Conversations conversations,
            TransactionTemplate tx,
            ObjectProvider<ZaloEndpoint> endpoint) {
        super("zalo-processor", log);
        this.endpoint = endpoint;
        this.events = events;
        this.choices = choices;
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
        Integer handled = tx.execute(s -> {
            List<ZaloEvents.Row> rows = events.next(BATCH);
            rows.forEach(this::process);
            return rows.size();
        });
        return handled == null ? 0 : handled;
    }

    private void process(ZaloEvents.Row row) {
        Inbound in;
        try {
            JsonNode event = json.readTree(row.payload());
            in = ZaloTranslator.translate(row.chatId(), row.eventName(), event, choices::tokenFor);
        } catch (Exception e) {
            log.warn("Zalo event {} could not be read: {}", row.id(), e.toString());
            events.markProcessed(row.id(), "UNREADABLE");
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> {
                // They wrote: Zalo lets the OA answer them again for 7 days.
                addresses.markInWindow(row.chatId());
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
}
