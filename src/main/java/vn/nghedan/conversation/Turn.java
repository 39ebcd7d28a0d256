package vn.nghedan.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.resident.Resident;

/**
 * One turn of a conversation: what the person did, who they are, where their chat stands, and
 * the replies decided so far. Replies reach the outbox when the turn's transaction commits.
 */
public final class Turn {

    private final Inbound in;
    private final Resident resident;
    private final I18n i18n;
    private final Buttons buttons;
    private final List<Buttons.Offer> offers = new ArrayList<>(2);
    private final JsonMapper json;
    private final List<Outgoing> replies = new ArrayList<>();
    private String step;
    private String draft;
    private int generation;
    private boolean newPrompt;
    private String toast;
    private boolean erased;

    Turn(Inbound in, Resident resident, ChatState state, I18n i18n, Buttons buttons, JsonMapper json) {
        this.in = in;
        this.resident = resident;
        this.i18n = i18n;
        this.buttons = buttons;
        this.json = json;
        this.step = state.step();
        this.draft = state.draft();
        this.generation = state.generation();
    }

    public Inbound in() {
        return in;
    }

    public Resident resident() {
        return resident;
    }

    public long chatId() {
        return in.chatId();
    }

    public String language() {
        return resident.getLanguage();
    }

    public Locale locale() {
        return I18n.locale(language());
    }

    public String t(String key, Object... args) {
        return i18n.t(language(), key, args);
    }

    // --- replies ---------------------------------------------------------------------------

    public void say(String text) {
        replies.add(new Outgoing.Text(text));
    }

    public void say(String text, List<List<Outgoing.Button>> rows) {
        replies.add(new Outgoing.Text(text, rows));
    }

    public void send(Outgoing message) {
        replies.add(message);
    }

    /** Text shown briefly on the person's screen when answering their button press. */
    public void toast(String text) {
        this.toast = text;
    }

    /**
     * A button of the prompt being written now: the first one of a turn starts a new prompt, and
     * every button of earlier prompts stops counting.
     */
    public Outgoing.Button button(String label, String action, String argument) {
        if (!newPrompt) {
            generation++;
            newPrompt = true;
        }
        return new Outgoing.Button(label, offerOf(generation).add(action, argument));
    }

    /** A button that stays valid for weeks whatever else happens in the chat (lists, announcements). */
    public Outgoing.Button standingButton(String label, String action, String argument) {
        return new Outgoing.Button(label, offerOf(null).add(action, argument));
    }

    /**
     * The turn's buttons of one generation (null: standing) share one token and one row, a hundred
     * at most (a long list of a person's matters, each with its buttons, takes more than one).
     */
    private Buttons.Offer offerOf(Integer generation) {
        for (Buttons.Offer offer : offers) {
            if (Objects.equals(offer.generation(), generation) && !offer.isFull()) {
                return offer;
            }
        }
        Buttons.Offer offer = buttons.newOffer(chatId(), generation);
        offers.add(offer);
        return offer;
    }

    /** The buttons offered in this turn, stored together when it ends. */
    List<Buttons.Offer> offeredButtons() {
        return offers;
    }

    /** A pressed step button is used up: any later press of the same prompt is stale. */
    void consumePrompt() {
        generation++;
    }

    // --- state -----------------------------------------------------------------------------

    public String step() {
        return step;
    }

    public void moveTo(String step) {
        this.step = step;
    }

    /** Back to no step, draft dropped. */
    public void reset() {
        this.step = ChatState.IDLE;
        this.draft = null;
    }

    public boolean isIdle() {
        return ChatState.IDLE.equals(step);
    }

    public <T> T draft(Class<T> type) {
        return draft == null ? null : json.readValue(draft, type);
    }

    public void draft(Object value) {
        this.draft = value == null ? null : json.writeValueAsString(value);
    }

    /** The person was erased in this turn (Decree 13): the engine stores nothing more of the chat. */
    public void erased() {
        this.erased = true;
    }

    // --- for the engine --------------------------------------------------------------------

    ChatState state(ChatState before) {
        return new ChatState(before.chatId(), step, draft, generation, before.isNew());
    }

    boolean isErased() {
        return erased;
    }

    List<Outgoing> replies() {
        return replies;
    }

    String toastText() {
        return toast;
    }
}
