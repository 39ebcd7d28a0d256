package vn.nghedan.zalo;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.notification.Outbox;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.resident.Address;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;
import vn.nghedan.sandbox.ZaloStandIn;
import vn.nghedan.support.EndToEndTest;

/**
 * What the Zalo channel's tests share: the stand-in, the ward writing to a person (an outbox row,
 * as any module writes one) and what became of those rows.
 */
abstract class ZaloTestSupport extends EndToEndTest {

    @Autowired
    ZaloStandIn zalo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChatAddresses addresses;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    /** A new person who wrote to the OA and was shown the data notice. */
    ZaloUser greeted() {
        ZaloUser user = new ZaloUser(zalo).send("Xin chào");
        user.expect("Nghị định 13/2023");
        return user;
    }

    long chatOf(ZaloUser user) {
        return addresses.keyFor(new Address(Messenger.ZALO, user.id()));
    }

    /** The ward writes to the chat, as a reply goes out. */
    void reply(long chat, String text) {
        transactions.executeWithoutResult(s -> outbox.reply(chat, new Outgoing.Text(text)));
    }

    /** The statuses of the outbox rows to the chat, oldest first. */
    List<String> statusesTo(long chat) {
        return jdbc.sql("SELECT status FROM outbox WHERE chat_id = ? ORDER BY id")
                .param(chat)
                .query(String.class)
                .list();
    }

    /** The status and attempts of the newest outbox row to the chat, such as "SENT 1". */
    String lastRow(long chat) {
        return jdbc.sql("SELECT status || ' ' || attempts FROM outbox WHERE chat_id = ? ORDER BY id DESC LIMIT 1")
                .param(chat)
                .query(String.class)
                .single();
    }
}
