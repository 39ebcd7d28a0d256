package vn.nghedan.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.AgendaItem;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.conversation.ButtonHandler;
import vn.nghedan.conversation.CommandHandler;
import vn.nghedan.conversation.StepHandler;
import vn.nghedan.conversation.Turn;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;
import vn.nghedan.platform.WardTime;
import vn.nghedan.submission.IllegalTransitionException;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * The officials' commands in the bot: {@code /agenda} (the next session's summary and its DOCX)
 * and {@code /pending} (new submissions to triage with accept / reject / merge buttons). Who may
 * do what is checked on every command and every press, never taken from the button.
 */
@Component
class OfficialBot implements CommandHandler, ButtonHandler, StepHandler {

    private static final String ACCEPT = "off.accept";
    private static final String REJECT = "off.reject";
    private static final String MERGE = "off.merge";
    private static final String MERGE_INTO = "off.mergeinto";
    private static final String REASON = "off.reason";
    private static final int PAGE = 5;
    private static final int SUMMARY_ITEMS = 25;

    record Rejecting(long number) {}

    private final OfficialDirectory directory;
    private final Agendas agendas;
    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;
    private final AuditLog audit;

    OfficialBot(
            OfficialDirectory directory,
            Agendas agendas,
            Submissions submissions,
            Neighbourhoods neighbourhoods,
            AuditLog audit) {
        this.directory = directory;
        this.agendas = agendas;
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
    }

    @Override
    public Set<String> commands() {
        return Set.of("agenda", "pending");
    }

    @Override
    public boolean requiresOnboarding() {
        return false;
    }

    @Override
    public Set<String> actions() {
        return Set.of(ACCEPT, REJECT, MERGE, MERGE_INTO);
    }

    @Override
    public boolean buttonsNeedOnboarding() {
        return false;
    }

    @Override
    public Set<String> steps() {
        return Set.of(REASON);
    }

    @Override
    public boolean needsOnboarding() {
        return false;
    }

    @Override
    public void onCommand(Turn turn, String command, String argument) {
        if (!directory.isOfficial(turn.in().userId())) {
            turn.say(turn.t("officials.bot.only-officials"));
            return;
        }
        turn.reset();
        if (command.equals("agenda")) {
            agenda(turn, argument);
        } else {
            pending(turn);
        }
    }

    // --- /agenda ---------------------------------------------------------------------------

    private void agenda(Turn turn, String argument) {
        Optional<Agenda> agenda;
        try {
            agenda = argument.isBlank()
                    ? agendas.nextAgenda()
                    : Optional.of(agendas.agenda(
                            Long.parseLong(argument.replace("#", "").strip())));
        } catch (NumberFormatException | NotFoundException e) {
            turn.say(turn.t("officials.bot.no-such-session", Texts.shorten(argument, 20)));
            return;
        }
        if (agenda.isEmpty()) {
            turn.say(turn.t("officials.bot.no-session"));
            return;
        }
        Agenda a = agenda.get();
        turn.say(summary(turn, a));
        byte[] docx = agendas.document(a, Agendas.Format.DOCX);
        turn.send(new Outgoing.Document(
                "chuong-trinh-doi-thoai-" + a.session().id() + ".docx",
                docx,
                turn.t("officials.bot.agenda-caption", a.session().title())));
    }

    private String summary(Turn turn, Agenda a) {
        StringBuilder text = new StringBuilder(turn.t(
                "officials.bot.agenda-head",
                a.session().title(),
                WardTime.full(a.session().startsAt(), turn.locale()),
                a.session().venue(),
                a.counts().items(),
                a.counts().total().opinions(),
                a.counts().total().issues(),
                a.counts().supporters()));
        int shown = 0;
        for (Agenda.Section section : a.sections()) {
            text.append("\n\n").append(section.title().toUpperCase(turn.locale()));
            for (AgendaItem item : section.items()) {
                if (shown++ >= SUMMARY_ITEMS) {
                    break;
                }
                text.append("\n")
                        .append(item.position())
                        .append(". #")
                        .append(item.primaryNumber())
                        .append(" ")
                        .append(item.neighbourhoodName())
                        .append(": ")
                        .append(Texts.shorten(item.summary(), 120))
                        .append(" (")
                        .append(turn.t("officials.bot.supporters", item.supporters()))
                        .append(")");
            }
        }
        if (a.items().size() > SUMMARY_ITEMS) {
            text.append("\n\n")
                    .append(turn.t("officials.bot.more-in-file", a.items().size() - SUMMARY_ITEMS));
        }
        return text.toString();
    }

    // --- /pending --------------------------------------------------------------------------

    private void pending(Turn turn) {
        long me = turn.in().userId();
        if (!directory.canModerate(me)) {
            turn.say(turn.t("officials.bot.read-only"));
            return;
        }
        Submissions.Page page = submissions.search(
                new Submissions.Filter(directory.neighbourhoodsOf(me), Status.NEW, null, null, null, null, null, null),
                0,
                PAGE);
        if (page.items().isEmpty()) {
            turn.say(turn.t("officials.bot.nothing-pending"));
            return;
        }
        turn.say(turn.t("officials.bot.pending-head", page.total()));
        for (Submission s : page.items()) {
            String id = s.getId().toString();
            turn.say(
                    describe(turn, s),
                    List.of(List.of(
                            turn.standingButton(turn.t("officials.bot.accept"), ACCEPT, id),
                            turn.standingButton(turn.t("officials.bot.reject"), REJECT, id),
                            turn.standingButton(turn.t("officials.bot.merge"), MERGE, id))));
        }
    }

    private String describe(Turn turn, Submission s) {
        return s.reference() + " · " + neighbourhoods.nameOf(s.getNeighbourhoodCode()) + " · "
                + turn.t("kind." + s.getKind()) + " · " + turn.t("topic." + s.getTopic()) + "\n"
                + Texts.shorten(s.getText(), 600);
    }

    // --- presses and the reason step -------------------------------------------------------

    @Override
    public void onPress(Turn turn, String action, String argument) {
        long me = turn.in().userId();
        if (!directory.isOfficial(me) || !directory.canModerate(me)) {
            turn.say(turn.t("officials.bot.only-officials"));
            return;
        }
        String[] numbers = argument == null ? new String[0] : argument.split(":");
        Optional<Submission> found = inScope(me, Long.parseLong(numbers[0]));
        if (found.isEmpty()) {
            turn.say(turn.t("officials.bot.not-yours"));
            return;
        }
        Submission s = found.get();
        try {
            switch (action) {
                case ACCEPT -> {
                    submissions.accept(s.getId(), null, actor(turn));
                    audit.record(actor(turn), "ACCEPT", s.reference(), "bot");
                    turn.say(turn.t("officials.bot.accepted", s.reference()));
                }
                case REJECT -> {
                    turn.moveTo(REASON);
                    turn.draft(new Rejecting(s.getId()));
                    turn.say(turn.t("officials.bot.reason-ask", s.reference()));
                }
                case MERGE -> offerMergeTargets(turn, s);
                default -> mergeInto(turn, s, numbers.length > 1 ? Long.parseLong(numbers[1]) : -1);
            }
        } catch (IllegalTransitionException e) {
            turn.say(turn.t("officials.bot.not-now", s.reference(), turn.t("status." + s.getStatus())));
        }
    }

    private void offerMergeTargets(Turn turn, Submission s) {
        List<Submission> targets = submissions.similar(s.getNeighbourhoodCode(), s.getText(), 4).stream()
                .filter(t -> !t.getId().equals(s.getId()))
                .limit(3)
                .toList();
        if (targets.isEmpty()) {
            turn.say(turn.t("officials.bot.no-merge-target", s.reference()));
            return;
        }
        StringBuilder text = new StringBuilder(turn.t("officials.bot.merge-ask", s.reference()));
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        for (Submission t : targets) {
            text.append("\n\n").append(t.reference()).append(": ").append(Texts.shorten(t.getText(), 200));
            rows.add(List.of(turn.standingButton(
                    turn.t("officials.bot.merge-into", t.reference()), MERGE_INTO, s.getId() + ":" + t.getId())));
        }
        turn.say(text.toString(), rows);
    }

    private void mergeInto(Turn turn, Submission s, long target) {
        if (inScope(turn.in().userId(), target).isEmpty()) {
            turn.say(turn.t("officials.bot.not-yours"));
            return;
        }
        submissions.merge(s.getId(), target, actor(turn));
        audit.record(actor(turn), "MERGE", s.reference(), "into #" + target + " (bot)");
        turn.say(turn.t("officials.bot.merged", s.reference(), "#" + target));
    }

    @Override
    public void onInput(Turn turn) {
        Rejecting rejecting = turn.draft(Rejecting.class);
        long me = turn.in().userId();
        String reason = Texts.clean(turn.in().text());
        if (rejecting == null || !directory.canModerate(me)) {
            turn.reset();
            return;
        }
        if (turn.in().type() != vn.nghedan.conversation.Inbound.Type.TEXT || !Texts.hasWords(reason)) {
            turn.say(turn.t("officials.bot.reason-ask", "#" + rejecting.number()));
            return;
        }
        turn.reset();
        if (inScope(me, rejecting.number()).isEmpty()) {
            turn.say(turn.t("officials.bot.not-yours"));
            return;
        }
        try {
            submissions.reject(rejecting.number(), Texts.shorten(reason, 1000), actor(turn));
            audit.record(actor(turn), "REJECT", "#" + rejecting.number(), "bot");
            turn.say(turn.t("officials.bot.rejected", "#" + rejecting.number()));
        } catch (IllegalTransitionException e) {
            turn.say(turn.t("officials.bot.not-now", "#" + rejecting.number(), e.getMessage()));
        }
    }

    private Optional<Submission> inScope(long telegramUserId, long number) {
        Set<String> codes = directory.neighbourhoodsOf(telegramUserId);
        return submissions.find(number).filter(s -> codes.contains(s.getNeighbourhoodCode()));
    }

    private static String actor(Turn turn) {
        return "telegram:" + turn.in().userId();
    }
}
