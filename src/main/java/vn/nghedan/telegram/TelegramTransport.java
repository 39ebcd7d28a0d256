package vn.nghedan.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendLocation;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendVenue;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import vn.nghedan.notification.MessageTransport;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.resident.Messenger;

/** Delivers outbox messages through the Bot API, turning its errors into what the relay acts on. */
@Component
class TelegramTransport implements MessageTransport {

    private final TelegramBot bot;

    TelegramTransport(TelegramBot bot) {
        this.bot = bot;
    }

    @Override
    public Messenger messenger() {
        return Messenger.TELEGRAM;
    }

    @Override
    public SendResult send(long chatId, Outgoing message) {
        if (bot.endpoint().isEmpty()) {
            return new SendResult.Failed("no bot endpoint configured");
        }
        try {
            return new SendResult.Sent(execute(Long.toString(chatId), message));
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException | RuntimeException e) {
            return new SendResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Long execute(String chatId, Outgoing message) throws TelegramApiException {
        if (message instanceof Outgoing.Text text) {
            SendMessage.SendMessageBuilder<?, ?> send =
                    SendMessage.builder().chatId(chatId).text(text.text());
            if (!text.buttons().isEmpty()) {
                send.replyMarkup(keyboard(text.buttons()));
            }
            return messageId(bot.client().execute(send.build()));
        }
        if (message instanceof Outgoing.Document doc) {
            SendDocument.SendDocumentBuilder<?, ?> send = SendDocument.builder()
                    .chatId(chatId)
                    .document(new InputFile(new ByteArrayInputStream(doc.content()), doc.fileName()));
            if (doc.caption() != null && !doc.caption().isBlank()) {
                send.caption(doc.caption());
            }
            return messageId(bot.client().execute(send.build()));
        }
        if (message instanceof Outgoing.Location loc) {
            return messageId(bot.client()
                    .execute(SendLocation.builder()
                            .chatId(chatId)
                            .latitude(loc.latitude())
                            .longitude(loc.longitude())
                            .build()));
        }
        if (message instanceof Outgoing.Venue venue) {
            return messageId(bot.client()
                    .execute(SendVenue.builder()
                            .chatId(chatId)
                            .latitude(venue.latitude())
                            .longitude(venue.longitude())
                            .title(venue.title())
                            .address(venue.address())
                            .build()));
        }
        if (message instanceof Outgoing.CallbackAnswer answer) {
            AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> send =
                    AnswerCallbackQuery.builder().callbackQueryId(answer.callbackQueryId());
            if (answer.text() != null) {
                send.text(answer.text());
            }
            bot.client().execute(send.build());
            return null;
        }
        throw new IllegalArgumentException("Unsupported message " + message.kind());
    }

    private static InlineKeyboardMarkup keyboard(List<List<Outgoing.Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder()
                                .text(b.label())
                                .callbackData(b.data())
                                .build())
                        .toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    private static Long messageId(Message message) {
        return message == null || message.getMessageId() == null
                ? null
                : message.getMessageId().longValue();
    }

    static SendResult classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String description = e.getApiResponse() == null ? String.valueOf(e.getMessage()) : e.getApiResponse();
        if (code == null) {
            return new SendResult.Failed(description);
        }
        if (code == 429) {
            Integer retry = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new SendResult.RetryAfter(retry == null ? 1 : retry);
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == 403 || (code == 400 && lower.contains("chat not found"))) {
            return new SendResult.Unreachable(code + " " + description);
        }
        if (code >= 500) {
            return new SendResult.Failed(code + " " + description);
        }
        return new SendResult.Rejected(code + " " + description);
    }
}
