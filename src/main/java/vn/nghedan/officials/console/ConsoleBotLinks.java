package vn.nghedan.officials.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;

/**
 * The bot's deep links: {@code https://t.me/<bot>?start=K1} opens the bot with the khóm already
 * chosen; in a province's deployment {@code ?start=P4_K1} carries the ward too (Telegram allows
 * letters, digits, {@code _} and {@code -} there).
 */
@Component
class ConsoleBotLinks {

    static final String DEFAULT_BOT = "NgheDanBot";

    private final String botUsername;
    private final Neighbourhoods neighbourhoods;

    ConsoleBotLinks(@Value("${nghedan.telegram.bot-username:}") String botUsername, Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
        String name = botUsername == null ? "" : botUsername.strip();
        this.botUsername = name.isEmpty() ? DEFAULT_BOT : name.replaceFirst("^@", "");
    }

    String botUsername() {
        return botUsername;
    }

    String startLink(Neighbourhood n) {
        String start = neighbourhoods.isSingleWard() ? n.localCode() : n.ward() + "_" + n.localCode();
        return "https://t.me/" + botUsername + "?start=" + start;
    }
}
