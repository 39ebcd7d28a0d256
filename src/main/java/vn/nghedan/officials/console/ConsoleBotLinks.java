package vn.nghedan.officials.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bot's deep links: {@code https://t.me/<bot>?start=K1} opens the bot with the khóm already chosen. */
@Component
class ConsoleBotLinks {

    static final String DEFAULT_BOT = "NgheDanBot";

    private final String botUsername;

    ConsoleBotLinks(@Value("${nghedan.telegram.bot-username:}") String botUsername) {
        String name = botUsername == null ? "" : botUsername.strip();
        this.botUsername = name.isEmpty() ? DEFAULT_BOT : name.replaceFirst("^@", "");
    }

    String botUsername() {
        return botUsername;
    }

    String startLink(String neighbourhoodCode) {
        return "https://t.me/" + botUsername + "?start=" + neighbourhoodCode;
    }
}
