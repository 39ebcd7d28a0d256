package vn.nghedan.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ward officials' chats (ADMIN_TELEGRAM_IDS): a Telegram user's private chat has the user's
 * id, so the configured ids are where the agenda and the results nudges go.
 */
@Component
class OfficialChats {

    private final List<Long> chatIds;

    OfficialChats(@Value("${nghedan.admin.telegram-ids:}") String ids) {
        this.chatIds = parse(ids);
    }

    List<Long> all() {
        return chatIds;
    }

    static List<Long> parse(String ids) {
        List<Long> parsed = new ArrayList<>();
        if (ids == null || ids.isBlank()) {
            return parsed;
        }
        for (String id : ids.split(",")) {
            String value = id.strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                long chatId = Long.parseLong(value);
                if (!parsed.contains(chatId)) {
                    parsed.add(chatId);
                }
            } catch (NumberFormatException e) {
                // A typo in one id must not stop the ward's app; the officials module warns about it.
            }
        }
        return List.copyOf(parsed);
    }
}
