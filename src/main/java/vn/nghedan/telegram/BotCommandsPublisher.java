package vn.nghedan.telegram;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import vn.nghedan.platform.TelegramIds;

/** The command menu residents see, in Vietnamese (everyone) and English (English-language apps). */
@Component
class BotCommandsPublisher {

    private static final Logger log = LoggerFactory.getLogger(BotCommandsPublisher.class);
    static final List<String> RESIDENT_COMMANDS =
            List.of("new", "my", "sessions", "help", "lang", "cancel", "reminders", "mydata", "forget", "start");

    static final List<String> OFFICIAL_COMMANDS = List.of("agenda", "pending");

    private final TelegramBot bot;
    private final MessageSource messages;
    private final String officialIds;

    BotCommandsPublisher(
            TelegramBot bot, MessageSource messages, @Value("${nghedan.admin.telegram-ids:}") String officialIds) {
        this.bot = bot;
        this.messages = messages;
        this.officialIds = officialIds;
    }

    void publish() {
        try {
            bot.client()
                    .execute(menu(RESIDENT_COMMANDS, Locale.forLanguageTag("vi"), null, new BotCommandScopeDefault()));
            bot.client().execute(menu(RESIDENT_COMMANDS, Locale.ENGLISH, "en", new BotCommandScopeDefault()));
            // The ward's officials also see their own commands, in their chat only.
            List<String> official = new java.util.ArrayList<>(OFFICIAL_COMMANDS);
            official.addAll(RESIDENT_COMMANDS);
            for (long id : TelegramIds.parse(officialIds).ids()) {
                bot.client()
                        .execute(menu(
                                official,
                                Locale.forLanguageTag("vi"),
                                null,
                                new BotCommandScopeChat(Long.toString(id))));
            }
        } catch (Exception e) {
            // The menu is a convenience: the bot works without it.
            log.warn("Could not publish the command menu: {}", e.getClass().getSimpleName());
        }
    }

    private SetMyCommands menu(List<String> names, Locale locale, String languageCode, BotCommandScope scope) {
        List<BotCommand> commands = names.stream()
                .map(c -> new BotCommand(c, messages.getMessage("command." + c, null, locale)))
                .toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> builder =
                SetMyCommands.builder().commands(commands).scope(scope);
        if (languageCode != null) {
            builder.languageCode(languageCode);
        }
        return builder.build();
    }
}
