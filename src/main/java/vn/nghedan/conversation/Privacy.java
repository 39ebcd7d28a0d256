package vn.nghedan.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.notification.MessagesReceived;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionEvent;
import vn.nghedan.submission.Submissions;

/**
 * Decree 13/2023: {@code /mydata} sends everything kept about the person; {@code /forget} erases
 * it (see {@link vn.nghedan.resident.ResidentForgotten}), asking first whether the photos and files
 * they sent may stay with the ward.
 */
@Component
class Privacy implements CommandHandler, ButtonHandler {

    private static final String FORGET = "forget.yes";
    private static final String KEEP = "forget.no";
    /** The argument of {@link #FORGET} when the ward may keep the person's files. */
    private static final String KEEP_FILES = "keep-files";

    private final Residents residents;
    private final Submissions submissions;
    private final MessagesReceived messages;
    private final JsonMapper json;

    Privacy(Residents residents, Submissions submissions, MessagesReceived messages, JsonMapper json) {
        this.residents = residents;
        this.submissions = submissions;
        this.messages = messages;
        this.json = json;
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
            turn.send(new Outgoing.Document(
                    "du-lieu-cua-toi.json", export(turn.resident(), turn.chatId()), turn.t("mydata.caption")));
            return;
        }
        boolean sentFiles = submissions.recentOf(turn.resident().getId(), Integer.MAX_VALUE).stream()
                .anyMatch(s -> !s.getAttachments().isEmpty());
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        if (sentFiles) {
            rows.add(List.of(turn.button(turn.t("forget.yes.keep-files"), FORGET, KEEP_FILES)));
            rows.add(List.of(turn.button(turn.t("forget.yes.delete-files"), FORGET, null)));
            rows.add(List.of(turn.button(turn.t("forget.no"), KEEP, null)));
        } else {
            rows.add(List.of(
                    turn.button(turn.t("forget.yes"), FORGET, null), turn.button(turn.t("forget.no"), KEEP, null)));
        }
        turn.say(turn.t("forget.sure") + (sentFiles ? turn.t("forget.sure.photos") : ""), rows);
    }

    @Override
    public void onPress(Turn turn, String action, String argument) {
        if (action.equals(KEEP)) {
            turn.say(turn.t("forget.kept"));
            return;
        }
        residents.forget(turn.resident(), KEEP_FILES.equals(argument));
        turn.reset();
        turn.erased();
        turn.say(turn.t("forget.done"));
    }

    private byte[] export(Resident r, long chatId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("telegramUserId", r.getTelegramUserId());
        data.put("chatId", r.getChatId());
        data.put("name", r.getDisplayName());
        data.put("neighbourhood", r.getNeighbourhoodCode());
        data.put("contact", r.getContact());
        data.put("consentedAt", text(r.getConsentedAt()));
        data.put("firstSeenAt", text(r.getCreatedAt()));
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("language", r.getLanguage());
        preferences.put("remindersEnabled", r.isRemindersEnabled());
        preferences.put("unreachableSince", text(r.getUnreachableAt()));
        data.put("preferences", preferences);
        data.put(
                "submissions",
                submissions.recentOf(r.getId(), Integer.MAX_VALUE).stream()
                        .map(Privacy::item)
                        .toList());
        data.put(
                "supports",
                submissions.supportedBy(r.getId()).stream()
                        .map(s -> Map.of("number", s.number(), "at", s.at().toString()))
                        .toList());
        data.put(
                "messagesReceived",
                messages.to(chatId).stream().map(Privacy::message).toList());
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
        m.put("name", s.getAuthorName());
        m.put("createdAt", s.getCreatedAt().toString());
        m.put("latitude", s.getLatitude());
        m.put("longitude", s.getLongitude());
        m.put(
                "attachments",
                s.getAttachments().stream().map(Attachment::fileName).toList());
        m.put("history", s.getEvents().stream().map(Privacy::event).toList());
        m.put("answer", s.getAnswerText());
        return m;
    }

    private static Map<String, Object> event(SubmissionEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toString());
        m.put("action", e.action());
        m.put("status", e.toStatus() == null ? null : e.toStatus().name());
        m.put("note", e.note());
        return m;
    }

    private static Map<String, Object> message(MessagesReceived.Message msg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", msg.at().toString());
        m.put("status", msg.status());
        m.put("kind", msg.kind());
        m.put("text", msg.text());
        return m;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
