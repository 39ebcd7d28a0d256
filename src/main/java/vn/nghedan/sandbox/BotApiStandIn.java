package vn.nghedan.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A local stand-in for the Telegram Bot API, for tests and the sandbox: people's updates are
 * injected here, the bot's calls are answered the way Telegram answers them (same envelope, limits
 * and errors) and recorded, and failures can be planned. Thread-safe; no Spring, no HTTP — {@link
 * StandInServer} puts it on a port.
 */
public final class BotApiStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Bot API method: its documented name and what it does. */
    private record Method(String name, Function<Params, JsonNode> handler) {}

    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final UpdateQueue updates = new UpdateQueue();
    private final ChatLog chats = new ChatLog();
    private final FileStore files = new FileStore();
    private final CallLog callLog = new CallLog();
    private final CommandMenus commandMenus = new CommandMenus();
    private final Faults faults = new Faults();
    private final Set<String> openCallbackQueries = ConcurrentHashMap.newKeySet();
    private final List<CallbackAnswer> callbackAnswers = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery.Attempt> webhookAttempts = WebhookDelivery.newAttemptLog();
    /** The webhook the bot set, delivering; null while the bot polls. */
    private WebhookDelivery webhook;

    private String webhookUrl = "";

    public BotApiStandIn() {
        MessageMethods messages = new MessageMethods(chats, files);
        register("deleteWebhook", this::deleteWebhook);
        register("setWebhook", this::setWebhook);
        register("getWebhookInfo", this::getWebhookInfo);
        register("getMe", params -> TelegramJson.botUser());
        register("getUpdates", this::getUpdates);
        register("sendMessage", messages::sendMessage);
        register("editMessageText", messages::editMessageText);
        register("editMessageReplyMarkup", messages::editMessageReplyMarkup);
        register("deleteMessage", messages::deleteMessage);
        register("sendDocument", messages::sendDocument);
        register("sendPhoto", messages::sendPhoto);
        register("sendLocation", messages::sendLocation);
        register("sendVenue", messages::sendVenue);
        register("sendChatAction", this::sendChatAction);
        register("answerCallbackQuery", this::answerCallbackQuery);
        register("setMyCommands", commandMenus::set);
        register("getMyCommands", commandMenus::get);
        register("deleteMyCommands", commandMenus::delete);
        register("getFile", this::getFile);
    }

    // ---- settings

    /** The longest a getUpdates is held, whatever timeout it asks for; Telegram's own is 50 s. */
    public BotApiStandIn maxPollHold(Duration maxHold) {
        updates.maxHold(maxHold);
        return this;
    }

    /**
     * Numbers updates from now on above {@code updateId}, as Telegram's ids only grow: the app
     * restarted on a database that holds updates up to it. Without this a webhook, which never
     * tells its offset, would take the new updates 1, 2, … for ones it already handled and drop them.
     */
    public BotApiStandIn continueAfter(long updateId) {
        updates.continueAfter(updateId);
        return this;
    }

    // ---- what people do: each answers the update_id

    /** A private message; a leading /command gets its bot_command entity. */
    public int injectText(TelegramUser from, String text) {
        InboundMessage sent = chats.addInbound(from.id(), from.id(), text);
        ObjectNode message = TelegramJson.message(
                sent.messageId(), TelegramJson.user(from), TelegramJson.privateChat(from), sent.sentAt());
        return updates.add(updateId -> wrap("message", TelegramJson.withText(message, text)));
    }

    /**
     * A press on an inline button of the bot's message {@code messageId} in the person's chat. The
     * callback query's id is {@link #callbackQueryId(int)} of the answered update_id. A press on a
     * message the bot never sent is delivered too (with a bare message), to test refusals.
     */
    public int injectCallback(TelegramUser from, int messageId, String data) {
        ObjectNode message = chats.find(from.id(), messageId)
                .map(TelegramJson::of)
                .orElseGet(() -> TelegramJson.message(messageId, null, TelegramJson.privateChat(from), Instant.now()));
        return updates.add(updateId -> {
            String queryId = callbackQueryId(updateId);
            openCallbackQueries.add(queryId);
            ObjectNode query = JsonNodeFactory.instance.objectNode().put("id", queryId);
            query.set("from", TelegramJson.user(from));
            query.set("message", message);
            query.put("chat_instance", Long.toString(from.id()));
            query.put("data", data);
            return wrap("callback_query", query);
        });
    }

    /** The id of the callback query that the update {@code updateId} carries. */
    public static String callbackQueryId(int updateId) {
        return "cq-" + updateId;
    }

    /** A photo (the bytes are served by getFile and the file URL), with an optional caption. */
    public int injectPhoto(TelegramUser from, byte[] image, String caption) {
        FileStore.StoredFile file = files.add("photos", "photo.jpg", image);
        ObjectNode message = inboundMessage(from, "[photo]" + suffix(caption));
        message.set("photo", TelegramJson.photoSizes(file.attachment()));
        putIfPresent(message, "caption", caption);
        return updates.add(updateId -> wrap("message", message));
    }

    public int injectDocument(TelegramUser from, byte[] content, String fileName, String mimeType, String caption) {
        FileStore.StoredFile file = files.add("documents", fileName, content);
        ObjectNode message = inboundMessage(from, "[document " + fileName + "]" + suffix(caption));
        message.putObject("document")
                .put("file_name", fileName)
                .put("mime_type", mimeType)
                .put("file_id", file.fileId())
                .put("file_unique_id", FileStore.uniqueIdOf(file.bytes()))
                .put("file_size", content.length);
        putIfPresent(message, "caption", caption);
        return updates.add(updateId -> wrap("message", message));
    }

    public int injectLocation(TelegramUser from, double latitude, double longitude) {
        ObjectNode message = inboundMessage(from, "[location " + latitude + ", " + longitude + "]");
        message.set("location", TelegramJson.location(latitude, longitude));
        return updates.add(updateId -> wrap("message", message));
    }

    /** The person shares their own contact card. */
    public int injectContact(TelegramUser from, String phoneNumber) {
        ObjectNode message = inboundMessage(from, "[contact " + phoneNumber + "]");
        message.putObject("contact")
                .put("phone_number", phoneNumber)
                .put("first_name", from.firstName())
                .put("user_id", from.id());
        return updates.add(updateId -> wrap("message", message));
    }

    public int injectSticker(TelegramUser from, String emoji) {
        ObjectNode message = inboundMessage(from, "[sticker " + emoji + "]");
        message.putObject("sticker")
                .put("file_id", "sticker-" + Integer.toHexString(emoji.hashCode()))
                .put("file_unique_id", "u-sticker-" + Integer.toHexString(emoji.hashCode()))
                .put("type", "regular")
                .put("width", 512)
                .put("height", 512)
                .put("is_animated", false)
                .put("is_video", false)
                .put("emoji", emoji);
        return updates.add(updateId -> wrap("message", message));
    }

    public int injectVoice(TelegramUser from, byte[] ogg, int durationSeconds) {
        FileStore.StoredFile file = files.add("voice", "voice.ogg", ogg);
        ObjectNode message = inboundMessage(from, "[voice " + durationSeconds + " s]");
        message.putObject("voice")
                .put("file_id", file.fileId())
                .put("file_unique_id", FileStore.uniqueIdOf(file.bytes()))
                .put("duration", durationSeconds)
                .put("mime_type", "audio/ogg")
                .put("file_size", ogg.length);
        return updates.add(updateId -> wrap("message", message));
    }

    /** The person edits a message they sent before: an edited_message update. */
    public int injectEditedText(TelegramUser from, int messageId, String newText) {
        Instant now = Instant.now();
        Instant sentAt = chats.editInbound(from.id(), messageId, newText + " (edited)")
                .map(InboundMessage::sentAt)
                .orElse(now);
        ObjectNode message =
                TelegramJson.message(messageId, TelegramJson.user(from), TelegramJson.privateChat(from), sentAt);
        message.put("edit_date", now.getEpochSecond());
        return updates.add(updateId -> wrap("edited_message", TelegramJson.withText(message, newText)));
    }

    /** A message in a group the bot is in; groups have negative chat ids. */
    public int injectGroupText(long groupChatId, String groupTitle, TelegramUser from, String text) {
        InboundMessage sent = chats.addInbound(groupChatId, from.id(), text);
        ObjectNode message = TelegramJson.message(
                sent.messageId(),
                TelegramJson.user(from),
                TelegramJson.namedChat(groupChatId, groupTitle, "group"),
                sent.sentAt());
        return updates.add(updateId -> wrap("message", TelegramJson.withText(message, text)));
    }

    /** A post in a channel the bot administers: no {@code from}, only {@code sender_chat}. */
    public int injectChannelPost(long channelChatId, String channelTitle, String text) {
        InboundMessage sent = chats.addInbound(channelChatId, channelChatId, text);
        ObjectNode channel = TelegramJson.namedChat(channelChatId, channelTitle, "channel");
        ObjectNode message = TelegramJson.message(sent.messageId(), null, channel, sent.sentAt());
        message.set("sender_chat", channel.deepCopy());
        return updates.add(updateId -> wrap("channel_post", TelegramJson.withText(message, text)));
    }

    /** Any other update, given without its update_id — e.g. a my_chat_member when someone blocks the bot. */
    public int injectRaw(String updateJsonWithoutId) {
        try {
            ObjectNode content = (ObjectNode) JSON.readTree(updateJsonWithoutId);
            return updates.add(updateId -> content);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + updateJsonWithoutId, e);
        }
    }

    // ---- what the bot did

    /** The bot's messages to the chat in message-id order, each in its latest state. */
    public List<SentMessage> messagesTo(long chatId) {
        return chats.messagesTo(chatId);
    }

    public List<SentMessage> allMessages() {
        return chats.allMessages();
    }

    public Optional<SentMessage> message(long chatId, int messageId) {
        return chats.find(chatId, messageId);
    }

    /** What people sent in the chat through injected updates. */
    public List<InboundMessage> inboundMessages(long chatId) {
        return chats.inbound(chatId);
    }

    /** The chat's change counter: it grows with every message in it, edit and deletion. */
    public long chatRevision(long chatId) {
        return chats.revision(chatId);
    }

    /** Both sides of the chat, one line a message. */
    public String transcript(long chatId) {
        return chats.transcript(chatId);
    }

    public List<CallbackAnswer> callbackAnswers() {
        return List.copyOf(callbackAnswers);
    }

    /** The command menus the bot set, one per scope and language. */
    public List<CommandSet> commands() {
        return commandMenus.all();
    }

    /** Successful calls of a method, in any case ({@code sendMessage}, {@code getupdates}), oldest first. */
    public List<BotCall> calls(String method) {
        return callLog.succeeded(method);
    }

    public List<BotCall> calls() {
        return callLog.succeeded(null);
    }

    /** Calls that were answered with an error, injected or earned. */
    public List<RejectedCall> rejectedCalls() {
        return callLog.rejected();
    }

    public long rejectedCount(int errorCode) {
        return callLog.rejected().stream()
                .filter(call -> call.errorCode() == errorCode)
                .count();
    }

    /** Sends and edits that arrived while a 429's retry_after for their chat (or all chats) still ran. */
    public List<RetryAfterViolation> violationsOfRetryAfter() {
        return faults.violations();
    }

    /** The most messages the bot sent within any stretch of {@code window}: compare with a send rate. */
    public int maxMessagesInAnyWindow(Duration window) {
        List<Instant> times =
                chats.allMessages().stream().map(SentMessage::sentAt).sorted().toList();
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (!times.get(first).plus(window).isAfter(times.get(last))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** The URL the bot gave setWebhook; empty while it polls (or after deleteWebhook). */
    public synchronized String webhookUrl() {
        return webhookUrl;
    }

    /** Every webhook delivery: the update's id and the status the webhook answered (0: no answer). */
    public List<Long> webhookDeliveries(int status) {
        return webhookAttempts.stream()
                .filter(a -> a.status() == status)
                .map(WebhookDelivery.Attempt::updateId)
                .toList();
    }

    /** getUpdates calls being held now, waiting for an update to deliver. */
    public int heldPolls() {
        return updates.heldPolls();
    }

    /** Updates not yet confirmed by a getUpdates offset (or by the webhook's 2xx). */
    public int pendingUpdates() {
        return updates.pendingCount();
    }

    // ---- waiting

    /**
     * The first message to the chat, already sent or yet to come, that matches; an AssertionError
     * with the chat's transcript if none does in time.
     */
    public SentMessage awaitMessage(long chatId, Predicate<SentMessage> matches, Duration timeout) {
        return chats.await(chatId, matches, timeout);
    }

    /** The chat's messages once there are at least {@code count}. */
    public List<SentMessage> awaitMessageCount(long chatId, int count, Duration timeout) {
        return chats.awaitCount(chatId, count, timeout);
    }

    /** The first successful call of the method, already made or yet to come, that matches. */
    public BotCall awaitCall(String method, Predicate<BotCall> matches, Duration timeout) {
        return callLog.await(method, matches, timeout);
    }

    // ---- faults

    /**
     * The next {@code count} calls of {@code method} (any case; "*" for every method but getUpdates,
     * which polls all the time) fail with this error; {@code retryAfter} adds
     * parameters.retry_after, as Telegram's 429 does.
     */
    public void failNext(String method, int count, int errorCode, String description, Integer retryAfter) {
        faults.failNext(method, count, errorCode, description, retryAfter);
    }

    /** Every call for the chat gets 403 "bot was blocked by the user" until unblocked. */
    public void blockChat(long chatId) {
        faults.blockChat(chatId);
    }

    public void unblockChat(long chatId) {
        faults.unblockChat(chatId);
    }

    /** Delays every answer by this much. */
    public void latency(Duration latency) {
        faults.latency(latency);
    }

    /** Imitates Telegram's flood limits (≈30 messages/s overall, ≈1/s a chat) with 429 answers. */
    public void rateLimits(boolean on) {
        faults.rateLimits(on);
    }

    /**
     * Forgets messages, calls, files, menus, faults and undelivered updates. Update ids and message
     * ids go on from where they were: a running poller's offset stays valid.
     */
    public void reset() {
        updates.clear();
        chats.clear();
        files.clear();
        callLog.clear();
        commandMenus.clear();
        faults.clear();
        openCallbackQueries.clear();
        callbackAnswers.clear();
        webhookAttempts.clear();
    }

    // ---- for the HTTP adapter

    /** Answers one call; {@code method} in any case, as clients send it. */
    ApiAnswer call(String method, Params params) {
        Instant arrived = Instant.now();
        Method known = methods.get(method.toLowerCase(Locale.ROOT));
        String name = known == null ? method : known.name();
        Long chatId = null;
        try {
            if (known == null) {
                throw BotApiError.notFound();
            }
            chatId = params.chatId();
            faults.delay();
            faults.check(name, chatId);
            JsonNode result = known.handler().apply(params);
            callLog.recordSuccess(new BotCall(name, chatId, params.recorded(), arrived));
            return ApiAnswer.ok(result);
        } catch (BotApiError error) {
            callLog.recordRejection(new RejectedCall(name, chatId, error.errorCode(), error.description(), arrived));
            return ApiAnswer.error(error);
        }
    }

    /** The bytes behind a file_path that getFile handed out. */
    Optional<byte[]> download(String filePath) {
        return files.byPath(filePath).map(FileStore.StoredFile::bytes);
    }

    void releaseHeldPolls() {
        updates.releaseHeldPolls();
    }

    /** The server stops: deliveries end (the webhook stays set, as at Telegram). */
    synchronized void stopWebhookDelivery() {
        if (webhook != null) {
            webhook.stop();
            webhook = null;
        }
    }

    private void register(String name, Function<Params, JsonNode> handler) {
        methods.put(name.toLowerCase(Locale.ROOT), new Method(name, handler));
    }

    /**
     * Like Telegram: from now on updates are POSTed to the URL with the secret header, and
     * getUpdates is refused; an empty URL removes the webhook.
     */
    private synchronized JsonNode setWebhook(Params params) {
        String url = params.text("url");
        stopWebhookDelivery();
        webhookUrl = url == null ? "" : url;
        if (!webhookUrl.isEmpty()) {
            if (!webhookUrl.startsWith("http://") && !webhookUrl.startsWith("https://")) {
                webhookUrl = "";
                throw BotApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
            }
            webhook = new WebhookDelivery(updates, webhookUrl, params.text("secret_token"), webhookAttempts);
            webhook.start();
        }
        return BooleanNode.TRUE;
    }

    private synchronized JsonNode deleteWebhook(Params params) {
        stopWebhookDelivery();
        webhookUrl = "";
        if (params.flag("drop_pending_updates")) {
            updates.clear();
        }
        return BooleanNode.TRUE;
    }

    private synchronized JsonNode getWebhookInfo(Params params) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("url", webhookUrl)
                .put("has_custom_certificate", false)
                .put("pending_update_count", updates.pendingCount());
    }

    private JsonNode getUpdates(Params params) {
        synchronized (this) {
            if (!webhookUrl.isEmpty()) {
                throw BotApiError.webhookActive();
            }
        }
        Integer offset = params.optionalInt("offset");
        Integer limit = params.optionalInt("limit");
        Integer timeout = params.optionalInt("timeout");
        return updates.poll(
                offset == null ? 0 : offset,
                limit == null ? 100 : Math.max(1, Math.min(100, limit)),
                Duration.ofSeconds(timeout == null ? 0 : Math.max(0, timeout)));
    }

    private JsonNode sendChatAction(Params params) {
        params.requiredChatId();
        params.requiredText("action");
        return BooleanNode.TRUE;
    }

    private JsonNode answerCallbackQuery(Params params) {
        String queryId = params.requiredText("callback_query_id");
        if (!openCallbackQueries.contains(queryId)) {
            throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        callbackAnswers.add(new CallbackAnswer(queryId, params.text("text"), params.flag("show_alert"), Instant.now()));
        return BooleanNode.TRUE;
    }

    private JsonNode getFile(Params params) {
        FileStore.StoredFile file =
                files.byId(params.requiredText("file_id")).orElseThrow(() -> BotApiError.badRequest("invalid file_id"));
        return JsonNodeFactory.instance
                .objectNode()
                .put("file_id", file.fileId())
                .put("file_unique_id", FileStore.uniqueIdOf(file.bytes()))
                .put("file_size", file.bytes().length)
                .put("file_path", file.filePath());
    }

    /** A private message from the person, logged in their chat, without its content yet. */
    private ObjectNode inboundMessage(TelegramUser from, String summary) {
        InboundMessage sent = chats.addInbound(from.id(), from.id(), summary);
        return TelegramJson.message(
                sent.messageId(), TelegramJson.user(from), TelegramJson.privateChat(from), sent.sentAt());
    }

    private static ObjectNode wrap(String field, ObjectNode content) {
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.set(field, content);
        return update;
    }

    private static String suffix(String caption) {
        return caption == null || caption.isEmpty() ? "" : " " + caption;
    }

    private static void putIfPresent(ObjectNode message, String field, String value) {
        if (value != null && !value.isEmpty()) {
            message.put(field, value);
        }
    }
}
