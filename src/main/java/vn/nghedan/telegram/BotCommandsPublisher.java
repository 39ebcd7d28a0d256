package vn.nghedan.telegram;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/** The command menu residents see, in Vietnamese (everyone) and English (English-language apps). */
@Component
class BotCommandsPublisher {

    private static final Logger log = LoggerFactory.getLogger(BotCommandsPublisher.class);
    static final List<String> RESIDENT_COMMANDS =
            List.of("new", "my", "sessions", "help", "lang", "cancel", "reminders", "mydata", "forget", "start");

    private final TelegramBot bot;
    private final MessageSource messages;

    BotCommandsPublisher(TelegramBot bot, MessageSource messages) {
        this.bot = bot;
        this.messages = messages;
    }

    void publish() {
        try {
            bot.client().execute(menu(Locale.forLanguageTag("vi"), null));
            bot.client().execute(menu(Locale.ENGLISH, "en"));
        } catch (Exception e) {
            // The menu is a convenience: the bot works without it.
            log.warn("Could not publish the command menu: {}", e.getClass().getSimpleName());
        }
    }

    private SetMyCommands menu(Locale locale, String languageCode) {
        List<BotCommand> commands = RESIDENT_COMMANDS.stream()
                .map(c -> new BotCommand(c, messages.getMessage("command." + c, null, locale)))
                .toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> builder =
                SetMyCommands.builder().commands(commands).scope(new BotCommandScopeDefault());
        if (languageCode != null) {
            builder.languageCode(languageCode);
        }
        return builder.build();
    }
}
