package vn.nghedan.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nghedan.notification.ReminderPlanner;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;

/** /help, /cancel, /lang and /reminders: they work at any step, onboarded or not. */
@Component
class BasicCommands implements CommandHandler, ButtonHandler {

    static final String LANG = "lang";

    private final Residents residents;
    private final ReminderPlanner planner;

    BasicCommands(Residents residents, ReminderPlanner planner) {
        this.residents = residents;
        this.planner = planner;
    }

    @Override
    public Set<String> commands() {
        return Set.of("help", "cancel", "lang", "reminders");
    }

    @Override
    public boolean requiresOnboarding() {
        return false;
    }

    @Override
    public boolean buttonsNeedOnboarding() {
        return false;
    }

    @Override
    public void onCommand(Turn turn, String command, String argument) {
        switch (command) {
            case "help" -> turn.say(turn.t("help"));
            case "cancel" -> {
                boolean busy = !turn.isIdle();
                turn.reset();
                turn.say(turn.t(busy ? "cancel.done" : "cancel.nothing"));
            }
            case "lang" -> {
                String arg = argument.toLowerCase(Locale.ROOT);
                if (arg.equals("vi") || arg.equals("en")) {
                    setLanguage(turn, arg);
                } else {
                    turn.say(
                            turn.t("lang.ask"),
                            List.of(List.of(
                                    turn.button("Tiếng Việt", LANG, "vi"), turn.button("English", LANG, "en"))));
                }
            }
            default -> reminders(turn, argument.toLowerCase(Locale.ROOT));
        }
    }

    private void reminders(Turn turn, String argument) {
        Resident r = turn.resident();
        if (!r.hasConsented()) {
            turn.say(turn.t("consent.required"));
            return;
        }
        if (argument.equals("off") || argument.equals("tat") || argument.equals("tắt")) {
            r.reminders(false);
            residents.save(r);
            // Reminders already planned for this person are dropped too, not only future ones.
            planner.preferencesChanged(r);
            turn.say(turn.t("reminders.off"));
        } else if (argument.equals("on") || argument.equals("bat") || argument.equals("bật")) {
            r.reminders(true);
            residents.save(r);
            planner.preferencesChanged(r);
            turn.say(turn.t("reminders.on"));
        } else {
            turn.say(turn.t(r.isRemindersEnabled() ? "reminders.status.on" : "reminders.status.off"));
        }
    }

    @Override
    public Set<String> actions() {
        return Set.of(LANG);
    }

    @Override
    public void onPress(Turn turn, String action, String argument) {
        setLanguage(turn, "en".equals(argument) ? "en" : "vi");
    }

    private void setLanguage(Turn turn, String language) {
        Resident r = turn.resident();
        r.switchLanguage(language);
        residents.save(r);
        turn.say(turn.t("lang.done"));
    }
}
