package vn.nghedan.zalo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
 * Delivers outbox messages to Zalo users as the OA's consultation messages (text only, at most
 * {@link #LIMIT} characters each: a longer text goes in several, cut as for Telegram). Buttons
 * become numbered lines ({@link ZaloChoices}); a file is named, not sent; a place is a map link; a
 * button-press answer has nothing to do on Zalo. Zalo's error codes ({@link ZaloErrors}) decide
 * what happens to a message that did not go: a refused token is refreshed once and the message sent
 * again; a closed 7-day window (-230) or an unfollow (-213) marks the address and is final for the
 * message: the relay drops it and the rest planned for that chat, and stops broadcasts until the
 * person writes or follows again; the OA's rate limit and quota pause the channel and lose nothing.
 */
@Component
class ZaloTransport implements MessageTransport {

    /**
     * Zalo's limit on a consultation message's text: 2000 characters (the OA API answers -201 for
     * more; SDKs check "text length must be 1..2000").
     */
    static final int LIMIT = 2000;

    private final ObjectProvider<ZaloEndpoint> endpoint;
    private final ChatAddresses addresses;
    private final ZaloChoices choices;
    private final ZaloTokens tokens;
    private final ZaloApi api;
    private final Residents residents;
    private final MessageSource messages;
    private final int rateLimitPauseSeconds;
    private final int quotaPauseSeconds;

    ZaloTransport(
            ObjectProvider<ZaloEndpoint> endpoint,
            ChatAddresses addresses,
            ZaloChoices choices,
            ZaloTokens tokens,
            ZaloApi api,
            Residents residents,
            MessageSource messages,
            @Value("${nghedan.zalo.rate-limit-pause:60s}") Duration rateLimitPause,
            @Value("${nghedan.zalo.quota-pause:15m}") Duration quotaPause) {
        this.endpoint = endpoint;
        this.addresses = addresses;
        this.choices = choices;
        this.tokens = tokens;
        this.api = api;
        this.residents = residents;
        this.messages = messages;
        this.rateLimitPauseSeconds = (int) Math.max(1, rateLimitPause.toSeconds());
        this.quotaPauseSeconds = (int) Math.max(1, quotaPause.toSeconds());
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
        Optional<ChatAddresses.Barrier> barrier = addresses.barrier(chatId);
        if (barrier.isPresent()) {
            // Known already: not even tried (Zalo would refuse it, and some refusals are billed).
            return new SendResult.Unreachable(
                    barrier.get() == ChatAddresses.Barrier.UNFOLLOWED
                            ? ZaloErrors.NOT_FOLLOWING + " the person does not follow the OA"
                            : "-230 out of Zalo's 7-day window");
        }
        try {
            SendResult result = null;
            for (String part : TextSplitter.split(render(chatId, message), LIMIT)) {
                String text = part;
                ZaloApi.Answer answer = tokens.call(
                        zalo, token -> api.sendText(zalo, token, address.get().externalId(), text));
                result = classify(chatId, answer);
                if (!(result instanceof SendResult.Sent)) {
                    return result;
                }
            }
            return result;
        } catch (IOException | RuntimeException e) {
            return new SendResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private SendResult classify(long chatId, ZaloApi.Answer answer) {
        String description = "zalo " + answer.error() + " " + answer.message();
        int error = answer.error();
        if (answer.ok()) {
            return new SendResult.Sent(null);
        }
        if (ZaloErrors.OUT_OF_WINDOW.contains(error)) {
            addresses.markOutOfWindow(chatId);
            return new SendResult.Unreachable(description);
        }
        if (error == ZaloErrors.NOT_FOLLOWING) {
            // The unfollow event may have been missed (the webhook was down): Zalo says it now.
            addresses.markUnfollowed(chatId);
            return new SendResult.Unreachable(description);
        }
        if (ZaloErrors.PERSON_UNREACHABLE.contains(error)) {
            return new SendResult.Unreachable(description);
        }
        if (error == ZaloErrors.RATE_LIMIT) {
            // The OA's calls per minute: every Zalo message waits a moment; this one goes first after.
            return new SendResult.RetryAfter(rateLimitPauseSeconds);
        }
        if (error == ZaloErrors.OUT_OF_QUOTA) {
            // The OA's message quota is spent: the channel waits and tries again; nothing is lost.
            return new SendResult.RetryAfter(quotaPauseSeconds);
        }
        if (answer.status() >= 500 || answer.status() == 429 || error == ZaloErrors.PERSON_QUOTA) {
            // Worth another try later: Zalo's outage, or this person's quota.
            return new SendResult.Failed(answer.status() + " " + description);
        }
        // A token refused even just after its refresh (the OA took the app's permission back) is
        // refused like the rest: retrying would only spend refresh tokens. A refresh that could not
        // be made at all (Zalo's OAuth down) throws, and send() has the message tried again later.
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
