package vn.nghedan.officials.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.AgendaItem;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.conversation.ButtonHandler;
import vn.nghedan.conversation.CommandHandler;
import vn.nghedan.conversation.Inbound;
import vn.nghedan.conversation.StepHandler;
import vn.nghedan.conversation.Turn;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.notification.Outgoing;
import vn.nghedan.officials.OfficialDirectory;
import vn.nghedan.officials.core.AgendaAccess;
import vn.nghedan.officials.core.Moderation;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.StatusChange;
import vn.nghedan.officials.core.SubmissionQueries;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;
import vn.nghedan.platform.WardTime;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.IllegalTransitionException;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;

/**
 * The officials' commands in the bot: {@code /agenda [session]} (a session's summary and its
 * DOCX) and {@code /pending} (new submissions to triage with accept / reject / merge buttons).
 * Who may do what is the official's {@link OfficialScope}, asked afresh on every command and
 * every press (never taken from the button); the steps go through the same {@link Moderation} as
 * the console and the API, the documents through the same {@link AgendaAccess}.
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
    private final AgendaAccess agendas;
    private final Moderation moderation;
    private final SubmissionQueries queries;
    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;
    private final TransactionTemplate step;

    OfficialBot(
            OfficialDirectory directory,
            AgendaAccess agendas,
            Moderation moderation,
            SubmissionQueries queries,
            Submissions submissions,
            Neighbourhoods neighbourhoods,
            PlatformTransactionManager transactions) {
        this.directory = directory;
        this.agendas = agendas;
        this.moderation = moderation;
        this.queries = queries;
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
        // A refused step rolls back to a savepoint only: the turn (and its polite refusal) still commits.
        this.step = new TransactionTemplate(transactions);
        this.step.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
        Optional<OfficialScope> scope = directory.scopeOf(turn.in().userId());
        if (scope.isEmpty()) {
            turn.say(turn.t("officials.bot.only-officials"));
            return;
        }
        turn.reset();
        if (command.equals("agenda")) {
            agenda(turn, argument, scope.get());
        } else {
            pending(turn, scope.get());
        }
    }

    // --- /agenda ---------------------------------------------------------------------------

    /** The next session of theirs, or the one asked for; one of none of their khóm is "no such session". */
    private void agenda(Turn turn, String argument, OfficialScope scope) {
        Optional<DialogueSession> session;
        try {
            session = argument.isBlank()
                    ? agendas.next(scope)
                    : Optional.of(agendas.session(
                            Long.parseLong(argument.replace("#", "").strip()), scope, AgendaAccess.Channel.BOT));
        } catch (NumberFormatException | NotFoundException e) {
            turn.say(turn.t("officials.bot.no-such-session", Texts.shorten(argument, 20)));
            return;
        }
        if (session.isEmpty()) {
            turn.say(turn.t("officials.bot.no-session"));
            return;
        }
        Agenda a = agendas.compiled(session.get(), AgendaAccess.Document.AGENDA, scope);
        turn.say(summary(turn, a));
        AgendaAccess.File docx =
                agendas.download(a, AgendaAccess.Document.AGENDA, Agendas.Format.DOCX, scope, AgendaAccess.Channel.BOT);
        turn.send(new Outgoing.Document(
                docx.name(),
                docx.content(),
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

    private void pending(Turn turn, OfficialScope scope) {
        if (!scope.moderates()) {
            turn.say(turn.t("officials.bot.read-only"));
            return;
        }
        Submissions.Page page = submissions.search(
                new Submissions.Filter(scope.visibleAmong(null), Status.NEW, null, null, null, null, null, null),
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

    /**
     * A press on a button shown earlier: the official may have been disabled, made a viewer or
     * moved to another khóm since, so their scope is asked now, and the step itself checks it again.
     */
    @Override
    public void onPress(Turn turn, String action, String argument) {
        Optional<OfficialScope> scope = moderator(turn);
        if (scope.isEmpty()) {
            return;
        }
        String[] numbers = argument == null ? new String[0] : argument.split(":");
        long number = Long.parseLong(numbers[0]);
        switch (action) {
            case ACCEPT ->
                take(turn, number, scope.get(), change(Status.ACCEPTED, null, null), "officials.bot.accepted");
            case REJECT -> {
                if (visible(turn, number, scope.get()).isPresent()) {
                    turn.moveTo(REASON);
                    turn.draft(new Rejecting(number));
                    turn.say(turn.t("officials.bot.reason-ask", "#" + number));
                }
            }
            case MERGE -> visible(turn, number, scope.get()).ifPresent(s -> offerMergeTargets(turn, s, scope.get()));
            default -> {
                long target = numbers.length > 1 ? Long.parseLong(numbers[1]) : -1;
                take(
                        turn,
                        number,
                        scope.get(),
                        change(Status.MERGED, null, target),
                        "officials.bot.merged",
                        "#" + target);
            }
        }
    }

    private void offerMergeTargets(Turn turn, Submission s, OfficialScope scope) {
        List<Submission> targets = submissions.similar(s.getNeighbourhoodCode(), s.getText(), 4).stream()
                .filter(t -> !t.getId().equals(s.getId()))
                .filter(t -> scope.sees(t.getNeighbourhoodCode()))
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

    @Override
    public void onInput(Turn turn) {
        Rejecting rejecting = turn.draft(Rejecting.class);
        String reason = Texts.clean(turn.in().text());
        if (rejecting == null) {
            turn.reset();
            return;
        }
        if (turn.in().type() != Inbound.Type.TEXT || !Texts.hasWords(reason)) {
            turn.say(turn.t("officials.bot.reason-ask", "#" + rejecting.number()));
            return;
        }
        turn.reset();
        moderator(turn)
                .ifPresent(scope -> take(
                        turn,
                        rejecting.number(),
                        scope,
                        change(Status.REJECTED, Texts.shorten(reason, 1000), null),
                        "officials.bot.rejected"));
    }

    /** The presser's scope if they may still moderate; otherwise they are told why not. */
    private Optional<OfficialScope> moderator(Turn turn) {
        Optional<OfficialScope> scope = directory.scopeOf(turn.in().userId());
        if (scope.isEmpty()) {
            turn.say(turn.t("officials.bot.only-officials"));
            return Optional.empty();
        }
        if (!scope.get().moderates()) {
            turn.say(turn.t("officials.bot.read-only"));
            return Optional.empty();
        }
        return scope;
    }

    private Optional<Submission> visible(Turn turn, long number, OfficialScope scope) {
        try {
            return Optional.of(queries.visible(number, scope));
        } catch (NotFoundException e) {
            turn.say(turn.t("officials.bot.not-yours"));
            return Optional.empty();
        }
    }

    /**
     * One moderation step through {@link Moderation}, as the console and the API take it. A
     * submission (or merge target) outside the official's khóm is "not yours", a step its status
     * does not allow is "not now"; either way nothing changed.
     */
    private void take(
            Turn turn, long number, OfficialScope scope, StatusChange change, String doneKey, Object... more) {
        try {
            step.executeWithoutResult(tx -> moderation.apply(number, change, scope));
        } catch (NotFoundException | InvalidInputException e) {
            turn.say(turn.t("officials.bot.not-yours"));
            return;
        } catch (IllegalTransitionException e) {
            String status =
                    submissions.find(number).map(s -> s.getStatus().name()).orElse("NEW");
            turn.say(turn.t("officials.bot.not-now", "#" + number, turn.t("status." + status)));
            return;
        }
        Object[] args = new Object[more.length + 1];
        args[0] = "#" + number;
        System.arraycopy(more, 0, args, 1, more.length);
        turn.say(turn.t(doneKey, args));
    }

    private static StatusChange change(Status status, String reason, Long mergeInto) {
        return new StatusChange(status, reason, null, null, null, null, null, null, mergeInto, null);
    }
}
