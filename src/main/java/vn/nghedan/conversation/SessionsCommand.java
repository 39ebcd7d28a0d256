package vn.nghedan.conversation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.platform.WardTime;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;

/** {@code /sessions}: upcoming dialogue sessions for the resident's neighbourhood. */
@Component
class SessionsCommand implements CommandHandler, ButtonHandler {

    static final String LIST = "sessions";

    private final Sessions sessions;
    private final Neighbourhoods neighbourhoods;

    SessionsCommand(Sessions sessions, Neighbourhoods neighbourhoods) {
        this.sessions = sessions;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    public Set<String> commands() {
        return Set.of("sessions");
    }

    @Override
    public Set<String> actions() {
        return Set.of(LIST);
    }

    @Override
    public void onCommand(Turn turn, String command, String argument) {
        show(turn);
    }

    @Override
    public void onPress(Turn turn, String action, String argument) {
        show(turn);
    }

    private void show(Turn turn) {
        String code = turn.resident().getNeighbourhoodCode();
        List<DialogueSession> upcoming = sessions.upcomingFor(code);
        if (upcoming.isEmpty()) {
            turn.say(turn.t("sessions.none", neighbourhoods.nameOf(code)));
            return;
        }
        StringBuilder text = new StringBuilder(turn.t("sessions.title", neighbourhoods.nameOf(code)));
        for (DialogueSession s : upcoming) {
            text.append("\n\n")
                    .append(turn.t(
                            "sessions.item",
                            s.getTitle(),
                            WardTime.full(s.getStartsAt(), turn.locale()),
                            s.getVenue(),
                            WardTime.of(s.getSubmissionsCloseAt())));
        }
        turn.say(text.toString(), List.of(List.of(turn.standingButton(turn.t("menu.new"), FilingFlow.START, null))));
    }
}
