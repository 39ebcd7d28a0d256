package vn.nghedan.zalo;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.notification.Outgoing;

/**
 * Choices offered on Zalo as numbered lines. Zalo's chat has no inline buttons that carry our
 * data back, so each button of a message becomes "1. …", "2. …" and the person answers with the
 * number; the button's token is kept here, by chat and number, and never leaves the server. The
 * numbers of the messages answering one thing the person did run on (a list of submissions with
 * their buttons reads 1 … n); the next thing they do starts the count afresh.
 */
@Component
class ZaloChoices {

    private final JdbcClient jdbc;

    ZaloChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Numbers the buttons after the chat's last number; returns the first one given. */
    int offer(long chatId, List<Outgoing.Button> buttons) {
        int last = jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM zalo_choice WHERE chat_id = ?")
                .param(chatId)
                .query(Integer.class)
                .single();
        int number = last;
        for (Outgoing.Button b : buttons) {
            number++;
            jdbc.sql("INSERT INTO zalo_choice (chat_id, number, token) VALUES (?, ?, ?)"
                            + " ON CONFLICT (chat_id, number) DO UPDATE SET token = excluded.token")
                    .params(chatId, number, b.data())
                    .update();
        }
        return last + 1;
    }

    /** The token behind a number the person answered, if that number is on offer. */
    Optional<String> tokenFor(long chatId, int number) {
        return jdbc.sql("SELECT token FROM zalo_choice WHERE chat_id = ? AND number = ?")
                .params(chatId, number)
                .query(String.class)
                .optional();
    }

    /** The person did something: what comes next is numbered from 1 again. */
    void clear(long chatId) {
        jdbc.sql("DELETE FROM zalo_choice WHERE chat_id = ?").param(chatId).update();
    }
}
