package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class RawGetUpdatesTest {

    private static final String FIRST = "{\"update_id\":41,\"message\":{\"message_id\":7,\"date\":1764900000,"
            + "\"chat\":{\"id\":501,\"type\":\"private\"},\"from\":{\"id\":501,\"is_bot\":false,\"first_name\":\"Lan\"},"
            + "\"text\":\"Đường {ngập} \\\"nước\\\" ] }\"}}";
    private static final String SECOND = "{\"update_id\":42,\"callback_query\":{\"id\":\"q1\",\"chat_instance\":\"c\","
            + "\"from\":{\"id\":502,\"is_bot\":false,\"first_name\":\"Minh\"},\"data\":\"AbC\","
            + "\"message\":{\"message_id\":8,\"date\":1764900001,\"chat\":{\"id\":502,\"type\":\"private\"},"
            + "\"text\":\"Chọn\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Có\",\"callback_data\":\"AbC\"}]]}}}}";

    private final RawGetUpdates poll = new RawGetUpdates(41, 100, 0, UpdateInbox.UPDATE_TYPES);

    @Test
    void keepsEachUpdateAsTelegramSentIt() throws Exception {
        List<Update> updates = poll.deserializeResponse("{\"ok\":true,\"result\":[" + FIRST + ",\n " + SECOND + "]}");

        assertThat(updates).hasSize(2);
        assertThat(poll.jsonOf(updates.get(0))).isEqualTo(FIRST);
        assertThat(poll.jsonOf(updates.get(1))).isEqualTo(SECOND);
        // What the inbox stores reads back as the update the library parsed (the processor's path after a restart).
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue(poll.jsonOf(updates.get(0)), Update.class)).isEqualTo(updates.get(0));
        assertThat(json.readValue(poll.jsonOf(updates.get(1)), Update.class)).isEqualTo(updates.get(1));
    }

    @Test
    void anAnswerWithoutUpdatesOrAnErrorIsTheLibrarysAsBefore() throws Exception {
        assertThat(poll.deserializeResponse("{\"ok\":true,\"result\":[]}")).isEmpty();
        assertThatThrownBy(
                        () -> poll.deserializeResponse(
                                "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates\"}"))
                .isInstanceOf(TelegramApiRequestException.class);
    }

    @Test
    void theRequestIsTheLibrarysGetUpdates() throws Exception {
        String body = new ObjectMapper().writeValueAsString(poll);

        assertThat(new ObjectMapper().readTree(body).properties().stream().map(e -> e.getKey()))
                .containsExactlyInAnyOrder("offset", "limit", "timeout", "allowed_updates", "method");
    }
}
