package vn.nghedan.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.DbTime;

/**
 * What the ward sent (or plans to send) to one chat, for {@code /mydata}: the texts and the names
 * of the files. Payloads emptied after the retention show as such.
 */
@Component
public class MessagesReceived {

    /** One message: when it was written, its status, and its text (or a file's name and caption). */
    public record Message(Instant at, String status, String kind, String text) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;

    MessagesReceived(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    public List<Message> to(long chatId) {
        return jdbc.sql("SELECT created_at, status, kind, payload FROM outbox WHERE chat_id = ? ORDER BY id")
                .param(chatId)
                .query((rs, i) -> new Message(
                        DbTime.read(rs, 1), rs.getString(2), rs.getString(3), text(rs.getString(3), rs.getString(4))))
                .list();
    }

    private String text(String kind, String payload) {
        if (OutboxPurge.EMPTY.equals(payload)) {
            return null;
        }
        Outgoing message = outbox.read(kind, payload);
        if (message instanceof Outgoing.Text t) {
            return t.text();
        }
        if (message instanceof Outgoing.Document d) {
            return d.fileName() + (d.caption() == null ? "" : ": " + d.caption());
        }
        if (message instanceof Outgoing.Venue v) {
            return v.title() + ", " + v.address();
        }
        if (message instanceof Outgoing.Location l) {
            return l.latitude() + "," + l.longitude();
        }
        return null;
    }
}
