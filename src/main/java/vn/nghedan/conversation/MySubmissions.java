package vn.nghedan.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.Texts;
import vn.nghedan.platform.WardTime;
import vn.nghedan.submission.IllegalTransitionException;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionEvent;
import vn.nghedan.submission.Submissions;

/** {@code /my}: the resident's submissions; open one for its history, withdraw or edit it before the cut-off. */
@Component
class MySubmissions implements CommandHandler, ButtonHandler, StepHandler {

    static final String LIST = "my";
    private static final String OPEN = "my.open";
    private static final String WITHDRAW = "my.withdraw";
    private static final String WITHDRAW_SURE = "my.withdraw.yes";
    private static final String EDIT = "my.edit";
    private static final String EDITING = "my.editing";

    record Editing(long number) {}

    private final Submissions submissions;

    MySubmissions(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Set<String> commands() {
        return Set.of("my");
    }

    @Override
    public void onCommand(Turn turn, String command, String argument) {
        turn.reset();
        list(turn);
    }

    @Override
    public Set<String> actions() {
        return Set.of(LIST, OPEN, WITHDRAW, WITHDRAW_SURE, EDIT);
    }

    @Override
    public Set<String> steps() {
        return Set.of(EDITING);
    }

    private void list(Turn turn) {
        List<Submission> mine = submissions.recentOf(turn.resident().getId(), 10);
        if (mine.isEmpty()) {
            turn.say(
                    turn.t("my.none"),
                    List.of(List.of(turn.standingButton(turn.t("menu.new"), FilingFlow.START, null))));
            return;
        }
        StringBuilder text = new StringBuilder(turn.t("my.title"));
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        List<Outgoing.Button> row = new ArrayList<>();
        for (Submission s : mine) {
            text.append("\n\n")
                    .append(s.reference())
                    .append(" · ")
                    .append(turn.t("status." + s.getStatus()))
                    .append("\n")
                    .append(Texts.shorten(s.getText(), 90));
            row.add(turn.standingButton(s.reference(), OPEN, s.getId().toString()));
            if (row.size() == 5) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        turn.say(text.toString(), rows);
    }

    @Override
    public void onPress(Turn turn, String action, String argument) {
        if (action.equals(LIST)) {
            turn.reset();
            list(turn);
            return;
        }
        Optional<Submission> found = own(turn, Long.parseLong(argument));
        if (found.isEmpty()) {
            turn.say(turn.t("my.not-found"));
            return;
        }
        Submission s = found.get();
        switch (action) {
            case OPEN -> show(turn, s);
            case WITHDRAW -> {
                if (!submissions.residentMayChange(s)) {
                    turn.say(turn.t("my.too-late"));
                    return;
                }
                turn.say(
                        turn.t("my.withdraw-sure", s.reference()),
                        List.of(List.of(
                                turn.button(
                                        turn.t("my.withdraw-yes"),
                                        WITHDRAW_SURE,
                                        s.getId().toString()),
                                turn.button(
                                        turn.t("button.cancel"), OPEN, s.getId().toString()))));
            }
            case WITHDRAW_SURE -> {
                try {
                    submissions.withdraw(s.getId(), turn.resident().getId());
                    turn.say(turn.t("my.withdrawn", s.reference()));
                } catch (IllegalTransitionException e) {
                    turn.say(turn.t("my.too-late"));
                }
            }
            case EDIT -> {
                if (!submissions.residentMayChange(s)) {
                    turn.say(turn.t("my.too-late"));
                    return;
                }
                turn.reset();
                turn.moveTo(EDITING);
                turn.draft(new Editing(s.getId()));
                turn.say(turn.t("my.edit-ask", s.reference(), Submissions.MAX_TEXT));
            }
            default -> turn.say(turn.t("button.expired.long"));
        }
    }

    @Override
    public void onInput(Turn turn) {
        Editing editing = turn.draft(Editing.class);
        Inbound in = turn.in();
        if (in.type() != Inbound.Type.TEXT) {
            turn.say(turn.t("text.expected-edit"));
            return;
        }
        try {
            Submission s =
                    submissions.editText(editing.number(), turn.resident().getId(), in.text());
            turn.reset();
            turn.say(turn.t("my.edited", s.reference()));
        } catch (InvalidInputException e) {
            turn.say(TextRefusal.explain(turn, in.text(), "text.empty"));
        } catch (IllegalTransitionException e) {
            turn.reset();
            turn.say(turn.t("my.too-late"));
        }
    }

    private Optional<Submission> own(Turn turn, long number) {
        return submissions.find(number).filter(s -> turn.resident().getId().equals(s.getResidentId()));
    }

    private void show(Turn turn, Submission s) {
        StringBuilder text = new StringBuilder();
        text.append(s.reference())
                .append(" · ")
                .append(turn.t("kind." + s.getKind()))
                .append(" · ")
                .append(turn.t("status." + s.getStatus()))
                .append("\n\n")
                .append(s.getText())
                .append("\n\n")
                .append(turn.t("my.history"));
        for (SubmissionEvent e : s.getEvents()) {
            text.append("\n• ").append(WardTime.of(e.at())).append(" — ").append(turn.t("event." + e.action()));
            if (e.action().equals("MERGED")
                    || e.action().equals("REJECTED")
                    || e.action().equals("REFERRED")) {
                text.append(": ").append(e.note());
            }
        }
        if (s.getAnswerText() != null) {
            text.append("\n\n").append(turn.t("my.answer", s.getAnswerText()));
        }
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        if (submissions.residentMayChange(s)) {
            rows.add(List.of(
                    turn.button(turn.t("my.edit"), EDIT, s.getId().toString()),
                    turn.button(turn.t("my.withdraw"), WITHDRAW, s.getId().toString())));
        }
        rows.add(List.of(turn.standingButton(turn.t("my.back-to-list"), LIST, null)));
        turn.say(text.toString(), rows);
    }
}
