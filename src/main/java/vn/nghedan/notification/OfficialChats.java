package vn.nghedan.notification;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.TelegramIds;

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
        // The officials module reports the pieces that are not ids.
        return TelegramIds.parse(ids).ids();
    }
}
