package vn.nghedan.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.platform.Retention;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;

/**
 * First contact: the data notice (Decree 13/2023) with one accept button, then the
 * neighbourhood, then a welcome that says what the bot can do. {@code /start K1} (a deep link
 * from the khóm's poster) picks the neighbourhood at once, after the notice.
 */
@Component
class Onboarding implements CommandHandler, ButtonHandler {

    static final String CONSENT = "consent";
    static final String PICK = "nb";
    static final String ASK = "nb.ask";

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;

    /** Told in the data notice: how long raw messages are kept. */
    private final Duration retention;

    Onboarding(
            Residents residents,
            Neighbourhoods neighbourhoods,
            Clock clock,
            @Value(Retention.PROPERTY) String retention) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.retention = Retention.parse(retention);
    }

    /** What a deep link asked for, kept until the notice is accepted. */
    record Pending(String neighbourhoodCode) {}

    boolean isDone(Resident r) {
        return r.hasConsented() && r.getNeighbourhoodCode() != null;
    }

    /** Shows whichever onboarding step is missing. */
    void continueWith(Turn turn) {
        if (!turn.resident().hasConsented()) {
            showNotice(turn);
        } else {
            askNeighbourhood(turn);
        }
    }

    @Override
    public Set<String> commands() {
        return Set.of("start", "khom", "neighbourhood");
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
        Resident r = turn.resident();
        if (!command.equals("start")) {
            if (r.hasConsented()) {
                turn.reset();
                askNeighbourhood(turn);
            } else {
                showNotice(turn);
            }
            return;
        }
        Optional<Neighbourhood> linked = argument.isEmpty() ? Optional.empty() : neighbourhoods.byCode(argument);
        turn.reset();
        if (!argument.isEmpty() && linked.isEmpty()) {
            turn.say(turn.t(
                    "neighbourhood.unknown-code", argument.length() > 20 ? argument.substring(0, 20) : argument));
        }
        if (!r.hasConsented()) {
            turn.draft(new Pending(linked.map(Neighbourhood::code).orElse(null)));
            showNotice(turn);
        } else if (linked.isPresent()) {
            choose(turn, linked.get());
        } else if (r.getNeighbourhoodCode() == null) {
            askNeighbourhood(turn);
        } else {
            welcome(turn, false);
        }
    }

    @Override
    public Set<String> actions() {
        return Set.of(CONSENT, PICK, ASK);
    }

    @Override
    public void onPress(Turn turn, String action, String argument) {
        Resident r = turn.resident();
        if (action.equals(CONSENT)) {
            if (!r.hasConsented()) {
                r.consent(clock.instant());
                residents.save(r);
            }
            turn.toast(turn.t("consent.thanks"));
            Pending pending = turn.isIdle() ? draftOrNull(turn) : null;
            turn.reset();
            Optional<Neighbourhood> linked =
                    pending == null ? Optional.empty() : neighbourhoods.byCode(pending.neighbourhoodCode());
            if (linked.isPresent()) {
                choose(turn, linked.get());
            } else if (r.getNeighbourhoodCode() != null) {
                welcome(turn, false);
            } else {
                askNeighbourhood(turn);
            }
            return;
        }
        if (!r.hasConsented()) {
            showNotice(turn);
            return;
        }
        if (action.equals(ASK)) {
            turn.reset();
            askNeighbourhood(turn);
            return;
        }
        Optional<Neighbourhood> chosen = neighbourhoods.byCode(argument);
        if (chosen.isEmpty()) {
            askNeighbourhood(turn);
            return;
        }
        turn.reset();
        choose(turn, chosen.get());
    }

    private Pending draftOrNull(Turn turn) {
        try {
            return turn.draft(Pending.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void choose(Turn turn, Neighbourhood n) {
        Resident r = turn.resident();
        boolean first = r.getNeighbourhoodCode() == null;
        r.chooseNeighbourhood(n.code());
        residents.save(r);
        turn.say(turn.t("neighbourhood.chosen", n.name()));
        welcome(turn, first);
    }

    /** "30 ngày" / "30 days", or hours when the retention is not a whole number of days. */
    private String retentionLabel(Turn turn) {
        return retention.toHours() % 24 == 0
                ? turn.t("retention.days", retention.toDays())
                : turn.t("retention.hours", retention.toHours());
    }

    void showNotice(Turn turn) {
        turn.say(
                turn.t("consent.notice", neighbourhoods.ward().name(), retentionLabel(turn)),
                List.of(List.of(turn.button(turn.t("consent.accept"), CONSENT, null))));
    }

    void askNeighbourhood(Turn turn) {
        List<List<Outgoing.Button>> rows = new java.util.ArrayList<>();
        List<Outgoing.Button> row = new java.util.ArrayList<>();
        for (Neighbourhood n : neighbourhoods.all()) {
            row.add(turn.button(n.name(), PICK, n.code()));
            if (row.size() == 2) {
                rows.add(row);
                row = new java.util.ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        turn.say(turn.t("neighbourhood.ask"), rows);
    }

    /** The menu stays usable for weeks: its buttons are standing, not tied to this prompt. */
    void welcome(Turn turn, boolean first) {
        turn.say(
                turn.t(
                        first ? "welcome.first" : "welcome.back",
                        neighbourhoods.nameOf(turn.resident().getNeighbourhoodCode())),
                List.of(
                        List.of(turn.standingButton(turn.t("menu.new"), FilingFlow.START, null)),
                        List.of(
                                turn.standingButton(turn.t("menu.my"), MySubmissions.LIST, null),
                                turn.standingButton(turn.t("menu.sessions"), SessionsCommand.LIST, null)),
                        List.of(turn.standingButton(turn.t("menu.change-neighbourhood"), ASK, null))));
    }
}
