package vn.nghedan.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.notification.ReminderPlanner;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/** Decree 13/2023: {@code /mydata} sends everything kept about the person; {@code /forget} erases it. */
@Component
class Privacy implements CommandHandler, ButtonHandler {

    private static final String FORGET = "forget.yes";
    private static final String KEEP = "forget.no";

    private final Residents residents;
    private final Submissions submissions;
    private final JsonMapper json;
    private final Clock clock;
    private final Buttons buttons;
    private final ReminderPlanner planner;

    Privacy(
            Residents residents,
            Submissions submissions,
            JsonMapper json,
            Clock clock,
            Buttons buttons,
            ReminderPlanner planner) {
        this.residents = residents;
        this.submissions = submissions;
        this.json = json;
        this.clock = clock;
        this.buttons = buttons;
        this.planner = planner;
    }

    @Override
    public Set<String> commands() {
        return Set.of("mydata", "forget");
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
    public Set<String> actions() {
        return Set.of(FORGET, KEEP);
    }

    @Override
    public void onCommand(Turn turn, String command, String argument) {
        if (command.equals("mydata")) {
            turn.send(new Outgoing.Document("du-lieu-cua-toi.json", export(turn.resident()), turn.t("mydata.caption")));
            return;
        }
        turn.say(
                turn.t("forget.sure"),
                List.of(List.of(
                        turn.button(turn.t("forget.yes"), FORGET, null),
                        turn.button(turn.t("forget.no"), KEEP, null))));
    }

    @Override
    public void onPress(Turn turn, String action, String argument) {
        if (action.equals(KEEP)) {
            turn.say(turn.t("forget.kept"));
            return;
        }
        Resident r = turn.resident();
        submissions.anonymiseAuthor(r.getId());
        r.forget(clock.instant());
        residents.save(r);
        // Consent withdrawn: nothing planned for this person goes out any more.
        planner.preferencesChanged(r);
        turn.reset();
        buttons.forgetChat(turn.chatId());
        turn.say(turn.t("forget.done"));
    }

    private byte[] export(Resident r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("telegramUserId", r.getTelegramUserId());
        data.put("name", r.getDisplayName());
        data.put("language", r.getLanguage());
        data.put("neighbourhood", r.getNeighbourhoodCode());
        data.put(
                "consentedAt",
                r.getConsentedAt() == null ? null : r.getConsentedAt().toString());
        data.put("remindersEnabled", r.isRemindersEnabled());
        data.put("contact", r.getContact());
        data.put("firstSeenAt", r.getCreatedAt().toString());
        List<Map<String, Object>> items = submissions.recentOf(r.getId(), Integer.MAX_VALUE).stream()
                .map(Privacy::item)
                .toList();
        data.put("submissions", items);
        return json.rebuild()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(data)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> item(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.getId());
        m.put("kind", s.getKind().name());
        m.put("topic", s.getTopic());
        m.put("text", s.getText());
        m.put("status", s.getStatus().name());
        m.put("anonymous", s.isAnonymous());
        m.put("createdAt", s.getCreatedAt().toString());
        m.put("latitude", s.getLatitude());
        m.put("longitude", s.getLongitude());
        m.put("attachments", s.getAttachments().size());
        m.put("answer", s.getAnswerText());
        return m;
    }
}
