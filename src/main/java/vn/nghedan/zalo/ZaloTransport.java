package vn.nghedan.zalo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.nghedan.notification.MessageTransport;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.notification.TextSplitter;
import vn.nghedan.resident.Address;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;
import vn.nghedan.resident.Residents;

/**
 * Delivers outbox messages to Zalo users as the OA's consultation messages (text only). Buttons
 * become numbered lines ({@link ZaloChoices}); a file is named, not sent; a place is a map link;
 * a button-press answer has nothing to do on Zalo. Zalo's -230 (the person has not written in 7
 * days) marks the address out of the window and is final for the message: the relay drops it and
 * the rest planned for that chat, and stops broadcasts until the person writes again.
 */
@Component
class ZaloTransport implements MessageTransport {

    /** Zalo's limit on a consultation message's text. */
    static final int LIMIT = 2000;
    /** Access token invalid or expired: refreshed once, and the message sent again. */
    private static final Set<Integer> TOKEN_REFUSED = Set.of(-216, -124);
    /** -230: no interaction in 7 days. */
    static final int OUT_OF_WINDOW = -230;
    /** The user id is not the OA's follower or not valid. */
    private static final Set<Integer> NOT_REACHABLE = Set.of(-213, -201);
    /** Zalo's quota and rate errors: worth another try later. */
    private static final Set<Integer> LATER = Set.of(-32, -240);

    private final ObjectProvider<ZaloEndpoint> endpoint;
    private final ChatAddresses addresses;
    private final ZaloChoices choices;
    private final ZaloTokens tokens;
    private final ZaloApi api;
    private final Residents residents;
    private final MessageSource messages;

    ZaloTransport(
            ObjectProvider<ZaloEndpoint> endpoint,
            ChatAddresses addresses,
            ZaloChoices choices,
            ZaloTokens tokens,
            ZaloApi api,
            Residents residents,
            MessageSource messages) {
        this.endpoint = endpoint;
        this.addresses = addresses;
        this.choices = choices;
        this.tokens = tokens;
        this.api = api;
        this.residents = residents;
        this.messages = messages;
    }

    @Override
    public Messenger messenger() {
        return Messenger.ZALO;
    }

    @Override
    public SendResult send(long chatId, Outgoing message) {
        ZaloEndpoint zalo = endpoint.getIfAvailable();
        if (zalo == null) {
            return new SendResult.Rejected("no Zalo channel configured");
        }
        if (message instanceof Outgoing.CallbackAnswer) {
            // No spinner to stop: the person answered with a number.
            return new SendResult.Sent(null);
        }
        Optional<Address> address = addresses.addressOf(chatId).filter(a -> a.messenger() == Messenger.ZALO);
        if (address.isEmpty()) {
            return new SendResult.Unreachable("no Zalo address for this chat (forgotten)");
        }
        if (addresses.isOutOfWindow(chatId)) {
            return new SendResult.Unreachable(OUT_OF_WINDOW + " out of Zalo's 7-day window");
        }
        try {
            SendResult result = null;
            for (String part : TextSplitter.split(render(chatId, message), LIMIT)) {
                result = post(zalo, chatId, address.get().externalId(), part);
                if (!(result instanceof SendResult.Sent)) {
                    return result;
                }
            }
            return result;
        } catch (IOException | RuntimeException e) {
            return new SendResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private SendResult post(ZaloEndpoint zalo, long chatId, String userId, String text) throws IOException {
        String token = tokens.accessToken(zalo);
        ZaloApi.Answer answer = api.sendText(zalo, token, userId, text);
        if (TOKEN_REFUSED.contains(answer.error())) {
            answer = api.sendText(zalo, tokens.refresh(zalo, token), userId, text);
        }
        return classify(chatId, answer);
    }

    private SendResult classify(long chatId, ZaloApi.Answer answer) {
        String description = "zalo " + answer.error() + " " + answer.message();
        if (answer.ok()) {
            return new SendResult.Sent(null);
        }
        if (answer.error() == OUT_OF_WINDOW) {
            addresses.markOutOfWindow(chatId);
            return new SendResult.Unreachable(description);
        }
        if (NOT_REACHABLE.contains(answer.error())) {
            return new SendResult.Unreachable(description);
        }
        if (answer.status() >= 500 || answer.status() == 429 || LATER.contains(answer.error())) {
            return new SendResult.Failed(answer.status() + " " + description);
        }
        return new SendResult.Rejected(answer.status() + " " + description);
    }

    /** The message as Zalo text, in the person's language for what Zalo adds. */
    private String render(long chatId, Outgoing message) {
        if (message instanceof Outgoing.Text text) {
            if (text.buttons().isEmpty()) {
                return text.text();
            }
            List<Outgoing.Button> buttons =
                    text.buttons().stream().flatMap(List::stream).toList();
            int number = choices.offer(chatId, buttons);
            StringBuilder out = new StringBuilder(text.text()).append("\n");
            for (Outgoing.Button b : buttons) {
                out.append('\n').append(number++).append(". ").append(b.label());
            }
            return out.append("\n\n").append(t(chatId, "zalo.choose")).toString();
        }
        if (message instanceof Outgoing.Document doc) {
            String caption = doc.caption() == null || doc.caption().isBlank() ? "" : doc.caption() + "\n\n";
            if (isReadableText(doc)) {
                // A person's own data (/mydata) must reach them on the channel they use: a text file
                // goes as text, in as many messages as it takes.
                return caption + t(chatId, "zalo.document.inline", doc.fileName()) + "\n\n"
                        + new String(doc.content(), StandardCharsets.UTF_8);
            }
            return caption + t(chatId, "zalo.document", doc.fileName());
        }
        if (message instanceof Outgoing.Location at) {
            return t(chatId, "zalo.location", mapLink(at.latitude(), at.longitude()));
        }
        if (message instanceof Outgoing.Venue venue) {
            return venue.title() + "\n" + venue.address() + "\n" + mapLink(venue.latitude(), venue.longitude());
        }
        throw new IllegalArgumentException("Unsupported message " + message.kind());
    }

    /** Text files small enough to read in a chat (a few messages), such as the /mydata export. */
    static final int INLINE_MAX_BYTES = 24 * 1024;

    private static boolean isReadableText(Outgoing.Document doc) {
        String name = doc.fileName() == null ? "" : doc.fileName().toLowerCase(Locale.ROOT);
        boolean text = name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".md") || name.endsWith(".txt");
        return text && doc.content() != null && doc.content().length <= INLINE_MAX_BYTES;
    }

    private static String mapLink(double latitude, double longitude) {
        return String.format(Locale.ROOT, "https://maps.google.com/?q=%.6f,%.6f", latitude, longitude);
    }

    private String t(long chatId, String key, Object... args) {
        String language = residents.languageOfChat(chatId);
        return messages.getMessage(key, args, "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }
}
