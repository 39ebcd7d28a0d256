package vn.nghedan.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.Texts;
import vn.nghedan.platform.Ward;
import vn.nghedan.platform.WardTime;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionSummary;
import vn.nghedan.submission.Submissions;

/**
 * {@code /new}: kind → topic → text → (similar matters: "me too"?) → attachments → public or
 * anonymous → summary → confirm. One step per message, each with a way back; the draft lives in
 * the chat state. Also files plain text sent outside a conversation, after one tap.
 */
@Component
class FilingFlow implements CommandHandler, ButtonHandler, StepHandler {

    static final String START = "new";
    private static final String KIND = "new.kind";
    private static final String TOPIC = "new.topic";
    private static final String TEXT = "new.text";
    private static final String SIMILAR = "new.similar";
    private static final String FILES = "new.files";
    private static final String ANON = "new.anon";
    private static final String CONFIRM = "new.confirm";
    private static final String OFFER = "new.offer";

    private static final String BACK = "new.back";
    private static final String CANCEL = "new.cancel";
    private static final String DONE = "new.files.done";
    private static final String ME_TOO = "new.metoo";
    private static final String ANYWAY = "new.anyway";
    private static final String EDIT = "new.edit";
    private static final String FILE_IT = "new.offer.yes";
    private static final String NOT_NOW = "new.offer.no";
    private static final String DENOUNCE = "DENOUNCE";

    static final int MAX_FILES = 10;
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final Submissions submissions;
    private final Sessions sessions;
    private final Neighbourhoods neighbourhoods;

    /** Filings per resident per ward day (NGHEDAN_DAILY_SUBMISSIONS): one person cannot flood the office. */
    private final int dailyLimit;

    private final Clock clock;

    FilingFlow(
            Submissions submissions,
            Sessions sessions,
            Neighbourhoods neighbourhoods,
            Clock clock,
            @Value("${nghedan.daily-submissions:20}") int dailyLimit) {
        this.clock = clock;
        this.dailyLimit = dailyLimit;
        this.submissions = submissions;
        this.sessions = sessions;
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    public Set<String> commands() {
        return Set.of("new");
    }

    @Override
    public void onCommand(Turn turn, String command, String argument) {
        turn.reset();
        if (refusedForToday(turn)) {
            return;
        }
        FilingDraft draft = FilingDraft.start(UUID.randomUUID().toString());
        if (!argument.isBlank() && Texts.hasWords(argument)) {
            // "/new đường ngập" : the text came with the command.
            draft = draft.withText(Texts.clean(argument));
        }
        turn.draft(draft);
        askKind(turn);
    }

    @Override
    public Set<String> steps() {
        return Set.of(KIND, TOPIC, TEXT, SIMILAR, FILES, ANON, CONFIRM, OFFER);
    }

    @Override
    public boolean holdsDraft() {
        return true;
    }

    @Override
    public Set<String> actions() {
        return Set.of(START, KIND, TOPIC, BACK, CANCEL, DONE, ME_TOO, ANYWAY, ANON, CONFIRM, EDIT, FILE_IT, NOT_NOW);
    }

    // --- what the person sends ---------------------------------------------------------------

    @Override
    public void onInput(Turn turn) {
        FilingDraft draft = turn.draft(FilingDraft.class);
        if (draft == null) {
            turn.reset();
            return;
        }
        Inbound in = turn.in();
        switch (turn.step()) {
            case TEXT -> takeText(turn, draft);
            case FILES -> takeFile(turn, draft);
            default -> {
                // Buttons are expected here: say so and show them again.
                turn.say(turn.t("input.press-a-button"));
                reprompt(turn, draft);
            }
        }
    }

    private void takeText(Turn turn, FilingDraft draft) {
        Inbound in = turn.in();
        boolean isFile = in.file() != null;
        if (in.type() != Inbound.Type.TEXT && !(isFile && Texts.hasWords(in.text()))) {
            turn.say(turn.t("text.expected"));
            return;
        }
        String text;
        try {
            text = Submissions.acceptableText(in.text());
        } catch (InvalidInputException e) {
            turn.say(TextRefusal.explain(turn, in.text(), "text.empty"));
            return;
        }
        draft = draft.withText(text);
        if (isFile) {
            draft = addFile(turn, draft, in.file());
        }
        turn.draft(draft);
        if (draft.backToSummary()) {
            showSummary(turn, draft.returningToSummary(false));
        } else {
            offerSimilarOrContinue(turn, draft);
        }
    }

    private void takeFile(Turn turn, FilingDraft draft) {
        Inbound in = turn.in();
        if (in.type() == Inbound.Type.LOCATION && in.latitude() != null) {
            turn.draft(draft.withLocation(in.latitude(), in.longitude()));
            turn.say(turn.t("files.location-received"), filesButtons(turn));
            return;
        }
        if (in.file() == null) {
            turn.say(turn.t("files.expected"), filesButtons(turn));
            return;
        }
        int before = draft.files().size();
        draft = addFile(turn, draft, in.file());
        turn.draft(draft);
        if (draft.files().size() > before) {
            turn.say(turn.t("files.received", draft.files().size()), filesButtons(turn));
        }
    }

    private FilingDraft addFile(Turn turn, FilingDraft draft, Inbound.FileRef file) {
        if (draft.files().size() >= MAX_FILES) {
            turn.say(turn.t("files.too-many", MAX_FILES));
            return draft;
        }
        if (file.size() != null && file.size() > MAX_FILE_BYTES) {
            turn.say(turn.t("files.too-large", MAX_FILE_BYTES / (1024 * 1024)));
            return draft;
        }
        return draft.withFile(file);
    }

    // --- button presses ----------------------------------------------------------------------

    @Override
    public void onPress(Turn turn, String action, String argument) {
        if (action.equals(START)) {
            onCommand(turn, "new", "");
            return;
        }
        FilingDraft draft = turn.draft(FilingDraft.class);
        if (draft == null) {
            turn.reset();
            turn.say(turn.t("button.expired.long"));
            return;
        }
        switch (action) {
            case KIND -> chooseKind(turn, draft, argument);
            case TOPIC -> {
                draft = draft.withTopic(Integer.parseInt(argument));
                turn.draft(draft);
                if (draft.backToSummary()) {
                    showSummary(turn, draft.returningToSummary(false));
                } else if (draft.text() != null) {
                    offerSimilarOrContinue(turn, draft);
                } else {
                    askText(turn);
                }
            }
            case BACK -> back(turn, draft);
            case CANCEL, NOT_NOW -> {
                turn.reset();
                turn.say(turn.t(action.equals(CANCEL) ? "new.cancelled" : "offer.declined"));
            }
            case DONE -> askAnonymity(turn);
            case ME_TOO -> meToo(turn, draft, Long.parseLong(argument));
            case ANYWAY -> askFiles(turn);
            case ANON -> {
                draft = draft.withAnonymous("yes".equals(argument));
                turn.draft(draft);
                showSummary(turn, draft);
            }
            case EDIT -> {
                turn.draft(draft.returningToSummary(true));
                askText(turn);
            }
            case CONFIRM -> confirm(turn, draft);
            case FILE_IT -> {
                if (!refusedForToday(turn)) {
                    askKind(turn);
                }
            }
            default -> turn.say(turn.t("button.expired.long"));
        }
    }

    private void chooseKind(Turn turn, FilingDraft draft, String argument) {
        if (DENOUNCE.equals(argument)) {
            turn.reset();
            turn.say(turn.t(
                    "denunciation",
                    neighbourhoods
                            .wardOf(turn.resident().getNeighbourhoodCode())
                            .name()));
            return;
        }
        draft = draft.withKind(Kind.valueOf(argument));
        turn.draft(draft);
        if (draft.backToSummary()) {
            showSummary(turn, draft.returningToSummary(false));
        } else {
            askTopic(turn);
        }
    }

    private void back(Turn turn, FilingDraft draft) {
        switch (turn.step()) {
            case TOPIC -> askKind(turn);
            case TEXT -> askTopic(turn);
            case SIMILAR, FILES -> askText(turn);
            case ANON -> askFiles(turn);
            case CONFIRM -> askAnonymity(turn);
            default -> askKind(turn);
        }
    }

    private void meToo(Turn turn, FilingDraft draft, long number) {
        Submissions.Support support = submissions.cosign(number, turn.resident().getId());
        switch (support) {
            case ADDED, ALREADY -> {
                turn.reset();
                turn.say(turn.t(support == Submissions.Support.ADDED ? "metoo.added" : "metoo.already", "#" + number));
            }
            case OWN -> {
                turn.say(turn.t("metoo.own", "#" + number));
                offerSimilarOrContinue(turn, draft);
            }
            case CLOSED -> {
                turn.say(turn.t("metoo.closed", "#" + number));
                offerSimilarOrContinue(turn, draft);
            }
        }
    }

    private void confirm(Turn turn, FilingDraft draft) {
        if (draft.kind() == null || draft.topic() == null || draft.text() == null) {
            askKind(turn);
            return;
        }
        if (refusedForToday(turn)) {
            return;
        }
        String code = turn.resident().getNeighbourhoodCode();
        List<Attachment> attachments = draft.files().stream()
                .map(f -> Attachment.received(f.kind(), f.fileName(), f.size(), f.fileId(), f.uniqueId()))
                .toList();
        Submission s = submissions.file(new NewSubmission(
                turn.resident().getId(),
                code,
                draft.kind(),
                draft.topic(),
                draft.text(),
                Boolean.TRUE.equals(draft.anonymous()),
                channelOf(turn),
                turn.resident().getDisplayName(),
                null,
                draft.latitude(),
                draft.longitude(),
                attachments,
                "bot:" + turn.chatId() + ":" + draft.id(),
                "resident"));
        turn.reset();
        Optional<DialogueSession> next = sessions.nextOpenFor(code);
        String whatNext = next.map(session -> turn.t(
                        "filed.next-session",
                        session.getTitle(),
                        WardTime.full(session.getStartsAt(), turn.locale()),
                        WardTime.of(session.getSubmissionsCloseAt())))
                .orElse(turn.t("filed.no-session"));
        turn.say(
                turn.t("filed", s.reference()) + "\n\n" + whatNext,
                List.of(List.of(
                        turn.standingButton(turn.t("menu.my"), MySubmissions.LIST, null),
                        turn.standingButton(turn.t("menu.new-another"), START, null))));
    }

    /** The messenger the person writes on, as the ward's reports count it. */
    private static Channel channelOf(Turn turn) {
        return ChatAddresses.isTelegram(turn.chatId()) ? Channel.BOT : Channel.ZALO;
    }

    /** True (and the person politely told) when they filed their day's share already. */
    private boolean refusedForToday(Turn turn) {
        Instant wardMidnight =
                LocalDate.now(clock.withZone(Ward.ZONE)).atStartOfDay(Ward.ZONE).toInstant();
        int today = submissions.filedBySince(turn.resident().getId(), channelOf(turn), wardMidnight);
        if (today < dailyLimit) {
            return false;
        }
        turn.reset();
        turn.say(turn.t("filing.daily-limit", today));
        return true;
    }

    // --- prompts -----------------------------------------------------------------------------

    private void askKind(Turn turn) {
        turn.moveTo(KIND);
        turn.say(
                turn.t("new.ask-kind"),
                List.of(
                        List.of(turn.button(turn.t("kind.QUESTION"), KIND, "QUESTION")),
                        List.of(turn.button(turn.t("kind.COMPLAINT"), KIND, "COMPLAINT")),
                        List.of(turn.button(turn.t("kind.PROPOSAL"), KIND, "PROPOSAL")),
                        List.of(turn.button(turn.t("kind.DENOUNCE"), KIND, DENOUNCE)),
                        List.of(turn.button(turn.t("button.cancel"), CANCEL, null))));
    }

    private void askTopic(Turn turn) {
        turn.moveTo(TOPIC);
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        for (int topic = 1; topic <= 6; topic++) {
            rows.add(List.of(turn.button(turn.t("topic." + topic), TOPIC, Integer.toString(topic))));
        }
        rows.add(backAndCancel(turn));
        turn.say(turn.t("new.ask-topic"), rows);
    }

    private void askText(Turn turn) {
        turn.moveTo(TEXT);
        turn.say(turn.t("new.ask-text", Submissions.MAX_TEXT), List.of(backAndCancel(turn)));
    }

    private void offerSimilarOrContinue(Turn turn, FilingDraft draft) {
        List<SubmissionSummary> similar =
                submissions.similarSummaries(turn.resident().getNeighbourhoodCode(), draft.text(), 3).stream()
                        .filter(s -> !turn.resident().getId().equals(s.residentId()))
                        .toList();
        if (similar.isEmpty()) {
            askFiles(turn);
            return;
        }
        turn.moveTo(SIMILAR);
        StringBuilder text = new StringBuilder(turn.t("similar.intro"));
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        for (SubmissionSummary s : similar) {
            text.append("\n\n")
                    .append(s.reference())
                    .append(" — ")
                    .append(Texts.shorten(s.text(), 160))
                    .append("\n")
                    .append(turn.t("similar.supporters", s.supporters()));
            rows.add(List.of(turn.button(turn.t("similar.me-too", s.reference()), ME_TOO, Long.toString(s.number()))));
        }
        rows.add(List.of(turn.button(turn.t("similar.file-anyway"), ANYWAY, null)));
        rows.add(backAndCancel(turn));
        turn.say(text.toString(), rows);
    }

    private void askFiles(Turn turn) {
        turn.moveTo(FILES);
        turn.say(turn.t("new.ask-files"), filesButtons(turn));
    }

    private List<List<Outgoing.Button>> filesButtons(Turn turn) {
        return List.of(List.of(turn.button(turn.t("files.done"), DONE, null)), backAndCancel(turn));
    }

    private void askAnonymity(Turn turn) {
        turn.moveTo(ANON);
        turn.say(
                turn.t("new.ask-anonymity"),
                List.of(
                        List.of(turn.button(turn.t("anon.no"), ANON, "no")),
                        List.of(turn.button(turn.t("anon.yes"), ANON, "yes")),
                        backAndCancel(turn)));
    }

    private void showSummary(Turn turn, FilingDraft draft) {
        turn.draft(draft);
        turn.moveTo(CONFIRM);
        String attachments = draft.files().isEmpty() && draft.latitude() == null
                ? turn.t("summary.no-attachments")
                : turn.t("summary.attachments", draft.files().size(), draft.latitude() == null ? 0 : 1);
        String summary = turn.t(
                "summary",
                turn.t("kind." + draft.kind()),
                turn.t("topic." + draft.topic()),
                neighbourhoods.nameOf(turn.resident().getNeighbourhoodCode()),
                draft.text(),
                attachments,
                turn.t(Boolean.TRUE.equals(draft.anonymous()) ? "summary.anonymous" : "summary.public"));
        turn.say(
                summary,
                List.of(
                        List.of(turn.button(turn.t("summary.confirm"), CONFIRM, null)),
                        List.of(turn.button(turn.t("summary.edit"), EDIT, null)),
                        List.of(
                                turn.button(turn.t("button.back"), BACK, null),
                                turn.button(turn.t("button.cancel"), CANCEL, null))));
    }

    private void reprompt(Turn turn, FilingDraft draft) {
        switch (turn.step()) {
            case KIND -> askKind(turn);
            case TOPIC -> askTopic(turn);
            case SIMILAR -> offerSimilarOrContinue(turn, draft);
            case ANON -> askAnonymity(turn);
            case CONFIRM -> showSummary(turn, draft);
            case OFFER -> offerToFile(turn, draft);
            default -> askText(turn);
        }
    }

    private List<Outgoing.Button> backAndCancel(Turn turn) {
        return List.of(
                turn.button(turn.t("button.back"), BACK, null), turn.button(turn.t("button.cancel"), CANCEL, null));
    }

    /** Plain text outside a conversation: offered as the start of a submission, one tap away. */
    void offerPlainText(Turn turn, String rawText, Inbound.FileRef file) {
        String text;
        try {
            text = Submissions.acceptableText(rawText);
        } catch (InvalidInputException e) {
            turn.say(TextRefusal.explain(turn, rawText, "idle.no-words"));
            return;
        }
        FilingDraft draft = FilingDraft.start(UUID.randomUUID().toString()).withText(text);
        if (file != null) {
            draft = draft.withFile(file);
        }
        turn.draft(draft);
        offerToFile(turn, draft);
    }

    private void offerToFile(Turn turn, FilingDraft draft) {
        turn.moveTo(OFFER);
        turn.say(
                turn.t("offer.text", Texts.shorten(draft.text(), 300)),
                List.of(
                        List.of(turn.button(turn.t("offer.yes"), FILE_IT, null)),
                        List.of(turn.button(turn.t("offer.no"), NOT_NOW, null))));
    }
}
