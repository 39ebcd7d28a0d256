package vn.nghedan.conversation;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.DbTime;

/** Conversation state lives in SQLite, so a restart mid-conversation resumes where it was. */
@Component
class ChatStates {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChatStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ChatState load(long chatId) {
        return jdbc.sql("SELECT step, draft, generation FROM conversation WHERE chat_id = ?")
                .param(chatId)
                .query((rs, i) -> new ChatState(chatId, rs.getString(1), rs.getString(2), rs.getInt(3), false))
                .optional()
                .orElseGet(() -> ChatState.fresh(chatId));
    }

    void save(ChatState state) {
        DbTime.Param now = DbTime.of(clock.instant());
        if (state.isNew()) {
            jdbc.sql("INSERT INTO conversation (chat_id, step, draft, generation, updated_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (chat_id) DO UPDATE SET step = excluded.step, draft = excluded.draft,"
                            + " generation = excluded.generation, updated_at = excluded.updated_at")
                    .params(state.chatId(), state.step(), state.draft(), state.generation(), now)
                    .update();
        } else {
            jdbc.sql("UPDATE conversation SET step = ?, draft = ?, generation = ?, updated_at = ? WHERE chat_id = ?")
                    .params(state.step(), state.draft(), state.generation(), now, state.chatId())
                    .update();
        }
    }

    void delete(long chatId) {
        jdbc.sql("DELETE FROM conversation WHERE chat_id = ?").param(chatId).update();
    }
}
