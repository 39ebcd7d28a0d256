package vn.nghedan.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.platform.Retention;
import vn.nghedan.platform.Texts;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;

/**
 * First contact: the data notice (Decree 13/2023) with one accept button, then the
 * neighbourhood, then a welcome that says what the bot can do. {@code /start K1} (a deep link
 * from the khóm's poster) picks the neighbourhood at once, after the notice.
 *
 * <p>A province's deployment serves many wards (about a hundred): there the ward comes before
 * the khóm. A handful are offered as buttons; more are found by typing part of the name
 * (diacritics and case ignored: "phuong 4", "4", "sa dec"), and the matches are offered. The deep
 * link {@code /start P4_K1} carries both.
 */
@Component
class Onboarding implements CommandHandler, ButtonHandler, StepHandler {

    static final String CONSENT = "consent";
    static final String PICK = "nb";
    static final String ASK = "nb.ask";
    static final String PICK_WARD = "ward";
    /** The step while a resident types their ward's name. */
    static final String WARD_STEP = "ward.search";

    /** Up to this many wards are offered as buttons straight away; beyond, the resident types. */
    static final int WARD_BUTTONS = 8;

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
        Optional<Neighbourhood> linked = argument.isEmpty() ? Optional.empty() : deepLinked(argument);
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

    /** {@code P4_K1} (ward and khóm), or {@code K1} in a one-ward deployment. */
    private Optional<Neighbourhood> deepLinked(String argument) {
        String[] parts = argument.strip().split("[_\\-]", 2);
        return parts.length == 2 ? neighbourhoods.find(parts[0], parts[1]) : neighbourhoods.find(null, parts[0]);
    }

    @Override
    public Set<String> actions() {
        return Set.of(CONSENT, PICK, ASK, PICK_WARD);
    }

    @Override
    public Set<String> steps() {
        return Set.of(WARD_STEP);
    }

    @Override
    public boolean needsOnboarding() {
        return false;
    }

    /** What the resident typed while asked for their ward. */
    @Override
    public void onInput(Turn turn) {
        if (!turn.resident().hasConsented()) {
            showNotice(turn);
            return;
        }
        String typed = turn.in().type() == Inbound.Type.TEXT ? turn.in().text() : null;
        List<WardProfile> found = typed == null ? List.of() : neighbourhoods.searchWards(typed);
        if (found.size() == 1) {
            turn.reset();
            askNeighbourhood(turn, found.get(0));
        } else if (found.isEmpty()) {
            turn.say(turn.t(
                    typed == null ? "ward.type" : "ward.none",
                    typed == null ? "" : Texts.shorten(Texts.clean(typed), 40)));
        } else {
            offerWards(turn, found, "ward.matches");
        }
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
        if (action.equals(PICK_WARD)) {
            Optional<WardProfile> ward = neighbourhoods.ward(argument);
            turn.reset();
            if (ward.isPresent()) {
                askNeighbourhood(turn, ward.get());
            } else {
                askNeighbourhood(turn);
            }
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
        turn.say(turn.t("neighbourhood.chosen", placeName(n.code())));
        welcome(turn, first);
    }

    /** "30 ngày" / "30 days", or hours when the retention is not a whole number of days. */
    private String retentionLabel(Turn turn) {
        return retention.toHours() % 24 == 0
                ? turn.t("retention.days", retention.toDays())
                : turn.t("retention.hours", retention.toHours());
    }

    void showNotice(Turn turn) {
        String whose = neighbourhoods.isSingleWard() ? neighbourhoods.ward().name() : turn.t("ward.many");
        turn.say(
                turn.t("consent.notice", whose, retentionLabel(turn)),
                List.of(List.of(turn.button(turn.t("consent.accept"), CONSENT, null))));
    }

    /** The khóm of the resident's ward; in a deployment of several wards, first the ward. */
    void askNeighbourhood(Turn turn) {
        if (neighbourhoods.isSingleWard()) {
            askNeighbourhood(turn, neighbourhoods.ward());
        } else {
            askWard(turn);
        }
    }

    private void askWard(Turn turn) {
        List<WardProfile> wards = neighbourhoods.wards();
        turn.moveTo(WARD_STEP);
        if (wards.size() <= WARD_BUTTONS) {
            offerWards(turn, wards, "ward.ask");
        } else {
            turn.say(turn.t("ward.type", ""));
        }
    }

    private void offerWards(Turn turn, List<WardProfile> wards, String prompt) {
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        for (WardProfile w : wards.subList(0, Math.min(WARD_BUTTONS, wards.size()))) {
            rows.add(List.of(turn.button(w.name(), PICK_WARD, w.code())));
        }
        turn.moveTo(WARD_STEP);
        turn.say(
                turn.t(prompt, wards.size())
                        + (wards.size() > WARD_BUTTONS ? "\n" + turn.t("ward.narrow", WARD_BUTTONS) : ""),
                rows);
    }

    private void askNeighbourhood(Turn turn, WardProfile ward) {
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        List<Outgoing.Button> row = new ArrayList<>();
        for (Neighbourhood n : ward.neighbourhoods()) {
            row.add(turn.button(n.name(), PICK, n.code()));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (neighbourhoods.isSingleWard()) {
            turn.say(turn.t("neighbourhood.ask"), rows);
        } else {
            rows.add(List.of(turn.button(turn.t("ward.other"), ASK, null)));
            turn.say(turn.t("neighbourhood.ask.in-ward", ward.name()), rows);
        }
    }

    /** "Khóm 1", or "Khóm 1, Phường 4" where there are several wards. */
    private String placeName(String code) {
        Optional<Neighbourhood> n = neighbourhoods.byCode(code);
        if (n.isEmpty()) {
            return String.valueOf(code);
        }
        return neighbourhoods.isSingleWard()
                ? n.get().name()
                : n.get().name() + ", " + neighbourhoods.wardOf(code).name();
    }

    /** The menu stays usable for weeks: its buttons are standing, not tied to this prompt. */
    void welcome(Turn turn, boolean first) {
        turn.say(
                turn.t(
                        first ? "welcome.first" : "welcome.back",
                        placeName(turn.resident().getNeighbourhoodCode())),
                List.of(
                        List.of(turn.standingButton(turn.t("menu.new"), FilingFlow.START, null)),
                        List.of(
                                turn.standingButton(turn.t("menu.my"), MySubmissions.LIST, null),
                                turn.standingButton(turn.t("menu.sessions"), SessionsCommand.LIST, null)),
                        List.of(turn.standingButton(turn.t("menu.change-neighbourhood"), ASK, null))));
    }
}
