package vn.nghedan.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.notification.Outbox;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.ResidentForgotten;
import vn.nghedan.resident.Residents;

/**
 * Turns what a person did into replies, without knowing the messenger. Commands go to their
 * handler, button presses to the handler of the action they were offered for (after checking
 * the press is genuine and current), anything else to the handler of the chat's current step.
 * Everything happens in the caller's transaction: state, drafts and replies commit together.
 */
@Service
public class Conversations {

    private final Residents residents;
    private final ChatStates states;
    private final Buttons buttons;
    private final I18n i18n;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Onboarding onboarding;
    private final Map<String, CommandHandler> commands = new HashMap<>();
    private final Map<String, ButtonHandler> actions = new HashMap<>();
    private final Map<String, StepHandler> steps = new HashMap<>();
    private final IdleInput idle;

    Conversations(
            Residents residents,
            ChatStates states,
            Buttons buttons,
            I18n i18n,
            Outbox outbox,
            JsonMapper json,
            Onboarding onboarding,
            IdleInput idle,
            List<CommandHandler> commandHandlers,
            List<ButtonHandler> buttonHandlers,
            List<StepHandler> stepHandlers) {
        this.residents = residents;
        this.states = states;
        this.buttons = buttons;
        this.i18n = i18n;
        this.outbox = outbox;
        this.json = json;
        this.onboarding = onboarding;
        this.idle = idle;
        commandHandlers.forEach(h -> h.commands().forEach(c -> register(commands, c, h)));
        buttonHandlers.forEach(h -> h.actions().forEach(a -> register(actions, a, h)));
        stepHandlers.forEach(h -> h.steps().forEach(s -> register(steps, s, h)));
    }

    private static <T> void register(Map<String, T> map, String key, T handler) {
        if (map.putIfAbsent(key, handler) != null) {
            throw new IllegalStateException("Two handlers claim '" + key + "'");
        }
    }

    @Transactional
    public void handle(Inbound in) {
        Resident resident = residents.findOrRegister(in.userId(), in.chatId(), in.displayName(), in.languageCode());
        if (resident.getUnreachableAt() != null) {
            // They wrote to us, so they can be reached again.
            resident.markReachable();
            resident = residents.save(resident);
        }
        ChatState before = states.load(in.chatId());
        Turn turn = new Turn(in, resident, before, i18n, buttons, json);
        dispatch(turn, before);
        finish(turn, before);
    }

    private void dispatch(Turn turn, ChatState before) {
        Inbound in = turn.in();
        if (in.type() == Inbound.Type.EDITED) {
            // The first wording was already taken (filed, or the step moved on): say so, and how to
            // change a submission, rather than leave a correction unanswered. The step stays.
            turn.say(turn.t("edited.not-followed"));
        } else if (in.type() == Inbound.Type.BUTTON) {
            press(turn, before);
        } else if (in.isCommand()) {
            command(turn);
        } else {
            StepHandler handler = steps.get(turn.step());
            boolean onboarded = onboarding.isDone(turn.resident());
            if (handler != null && (onboarded || !handler.needsOnboarding())) {
                handler.onInput(turn);
            } else if (!onboarded) {
                onboarding.continueWith(turn);
            } else {
                turn.reset();
                idle.onInput(turn);
            }
        }
    }

    private void press(Turn turn, ChatState before) {
        Optional<Buttons.Press> press = buttons.resolve(turn.chatId(), turn.in().callbackData(), before.generation());
        ButtonHandler handler = press.map(p -> actions.get(p.action())).orElse(null);
        if (handler == null) {
            turn.toast(turn.t("button.expired"));
            turn.say(turn.t("button.expired.long"));
            return;
        }
        if (handler.buttonsNeedOnboarding() && !onboarding.isDone(turn.resident())) {
            onboarding.continueWith(turn);
            return;
        }
        if (!press.get().standing()) {
            turn.consumePrompt();
        }
        handler.onPress(turn, press.get().action(), press.get().argument());
    }

    private void command(Turn turn) {
        String name = turn.in().command();
        CommandHandler handler = commands.get(name);
        if (handler == null) {
            turn.say(turn.t("command.unknown", "/" + name));
            return;
        }
        if (handler.requiresOnboarding() && !onboarding.isDone(turn.resident())) {
            onboarding.continueWith(turn);
            return;
        }
        boolean drafting = holdsDraft(turn.step());
        handler.onCommand(turn, name, turn.in().commandArgument());
        if (drafting && !holdsDraft(turn.step()) && !name.equals("cancel") && !turn.isErased()) {
            // /my or /sessions in the middle of /new: say the unsent draft went, rather than let it vanish
            turn.say(turn.t("draft.dropped"));
        }
    }

    private boolean holdsDraft(String step) {
        StepHandler handler = steps.get(step);
        return handler != null && handler.holdsDraft();
    }

    private void finish(Turn turn, ChatState before) {
        if (turn.in().type() == Inbound.Type.BUTTON) {
            // Every press is answered, so the person's app stops its spinner.
            outbox.reply(turn.chatId(), new Outgoing.CallbackAnswer(turn.in().callbackQueryId(), turn.toastText()));
        }
        if (turn.isErased()) {
            // The person was just forgotten: nothing of the chat is stored again, and the last
            // words are deleted once sent.
            turn.replies().forEach(reply -> outbox.lastWord(turn.chatId(), reply));
            return;
        }
        buttons.store(turn.offeredButtons());
        ChatState after = turn.state(before);
        if (after.isNew() || !after.equals(before)) {
            states.save(after);
        }
        outbox.replies(turn.chatId(), turn.replies());
    }

    /** The bot serves private chats; a group hears this once, then nothing. */
    @Transactional
    public void handleGroupChat(long chatId) {
        ChatState state = states.load(chatId);
        if (state.isNew()) {
            states.save(new ChatState(chatId, "GROUP", null, 0, true));
            outbox.reply(chatId, new Outgoing.Text(i18n.t("vi", "group.private-only")));
        }
    }

    /** When handling failed and was rolled back: a polite word, and the chat starts afresh. */
    @Transactional
    public void apologise(Inbound in) {
        Resident resident = residents.findOrRegister(in.userId(), in.chatId(), in.displayName(), in.languageCode());
        if (in.type() == Inbound.Type.BUTTON) {
            outbox.reply(in.chatId(), new Outgoing.CallbackAnswer(in.callbackQueryId(), null));
        }
        ChatState state = states.load(in.chatId());
        states.save(new ChatState(in.chatId(), ChatState.IDLE, null, state.generation() + 1, state.isNew()));
        outbox.reply(in.chatId(), new Outgoing.Text(i18n.t(resident.getLanguage(), "error.sorry")));
    }

    /** Decree 13: the chat's state and buttons go with the person's data. */
    @EventListener
    void forget(ResidentForgotten forgotten) {
        if (forgotten.chatId() != null) {
            states.delete(forgotten.chatId());
            buttons.forgetChat(forgotten.chatId());
        }
    }
}
