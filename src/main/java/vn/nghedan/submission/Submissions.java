package vn.nghedan.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionEvents;
import vn.nghedan.session.Sessions;

/** Filing, finding, supporting and moderating submissions. */
@Service
public class Submissions {

    /** Longest text accepted; longer texts are refused with this limit stated, never cut. */
    public static final int MAX_TEXT = 4000;

    private final SubmissionRepository repository;
    private final SubmissionErasure erasure;
    private final SubmissionInsert insert;
    private final SimilarityIndex index;
    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Submissions(
            SubmissionRepository repository,
            SubmissionErasure erasure,
            SubmissionInsert insert,
            SimilarityIndex index,
            JdbcClient jdbc,
            Sessions sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.erasure = erasure;
        this.insert = insert;
        this.index = index;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a text for filing: cleaned, non-empty with words, at most {@link #MAX_TEXT}. */
    public static String acceptableText(String raw) {
        String text = Texts.clean(raw);
        if (!Texts.hasWords(text)) {
            throw new InvalidInputException("text", "officials.invalid.submission.text", "text is empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidInputException(
                    "text",
                    "officials.invalid.submission.text-long",
                    "text is longer than " + MAX_TEXT + " characters",
                    MAX_TEXT);
        }
        return text;
    }

    /** Files a submission; the same {@code sourceKey} twice returns the first one. */
    @Transactional
    public Submission file(NewSubmission request) {
        if (request.sourceKey() != null) {
            // Nearly always absent: ask for the number only, and load the aggregate when it exists.
            Optional<Long> existing = jdbc.sql("SELECT id FROM submission WHERE source_key = ?")
                    .param(request.sourceKey())
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return get(existing.get());
            }
        }
        if (!Topic.isValid(request.topic())) {
            throw new InvalidInputException("topic", "officials.invalid.submission.topic", "topic must be 1 to 6");
        }
        String text = acceptableText(request.text());
        NewSubmission clean = new NewSubmission(
                request.residentId(),
                request.neighbourhoodCode(),
                request.kind(),
                request.topic(),
                text,
                request.anonymous(),
                request.channel(),
                request.authorName(),
                request.contact(),
                request.latitude(),
                request.longitude(),
                request.attachments(),
                request.sourceKey(),
                request.actor());
        Submission saved = insert.insert(Submission.file(clean, clock.instant()));
        index.add(saved.getId(), saved.getNeighbourhoodCode(), saved.getText());
        events.publishEvent(new SubmissionEvents.SubmissionFiled(
                saved.getId(), saved.getResidentId(), saved.getNeighbourhoodCode()));
        return saved;
    }

    public Optional<Submission> find(long number) {
        return repository.findById(number);
    }

    /** The khóm (key) of a submission, without loading it: one indexed read. */
    public Optional<String> neighbourhoodOf(long number) {
        return jdbc.sql("SELECT neighbourhood_code FROM submission WHERE id = ?")
                .param(number)
                .query(String.class)
                .optional();
    }

    /**
     * Decree 13 for an author with no resident behind them (filed on the web page): their name,
     * contact and photos leave the submission, whose text stays as "a resident of Khóm X".
     *
     * @param actor who asked: "web" for the author on their follow link, an official's username
     * @return false when nothing of a person was on it, or a resident is behind it (their erasure
     *     is {@code /forget}, which covers all their submissions)
     */
    @Transactional
    public boolean forgetGuestAuthor(long number, String actor) {
        return erasure.forgetGuest(get(number), actor);
    }

    public Submission get(long number) {
        return find(number).orElseThrow(() -> new NotFoundException("No submission #" + number));
    }

    public List<Submission> recentOf(long residentId, int limit) {
        return repository.findRecentByResident(residentId, limit);
    }

    /** Submissions merged into this one (their authors hear the answer too). */
    public List<Submission> mergedInto(long number) {
        return repository.findMergedInto(number);
    }

    /** Up to {@code limit} open submissions of the neighbourhood that look like the same matter. */
    public List<Submission> similar(String neighbourhoodCode, String text, int limit) {
        return inOrder(similarNumbers(neighbourhoodCode, text, limit));
    }

    /**
     * The same as {@link #similar}, without history or attachments: what a resident is shown while
     * filing. One plain query instead of loading whole aggregates, which took most of a lookup.
     */
    public List<SubmissionSummary> similarSummaries(String neighbourhoodCode, String text, int limit) {
        List<Long> numbers = similarNumbers(neighbourhoodCode, text, limit);
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<Long, SubmissionSummary> byNumber = new java.util.HashMap<>();
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM submission WHERE id IN (:ids)")
                .param("ids", numbers)
                .query(rs -> {
                    byNumber.put(rs.getLong(1), summary(rs));
                });
        return numbers.stream().map(byNumber::get).filter(Objects::nonNull).toList();
    }

    private List<Long> similarNumbers(String neighbourhoodCode, String text, int limit) {
        return index.similar(neighbourhoodCode, text, limit).stream()
                .map(SimilarityIndex.Match::number)
                .toList();
    }

    public enum Support {
        ADDED,
        ALREADY,
        OWN,
        CLOSED
    }

    /** A "me too" the person gave: which submission, when. */
    public record Supported(long number, Instant at) {}

    /** The submissions the person supported ("me too"), oldest first: {@code /mydata} tells them. */
    public List<Supported> supportedBy(long residentId) {
        return jdbc.sql("SELECT submission_id, created_at FROM submission_supporter WHERE resident_id = ?"
                        + " ORDER BY created_at, submission_id")
                .param(residentId)
                .query((rs, i) -> new Supported(rs.getLong(1), DbTime.read(rs, 2)))
                .list();
    }

    /** How many submissions the person filed through the bot since {@code since}: the daily limit counts them. */
    public int filedBySince(long residentId, Channel channel, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE resident_id = ? AND channel = ? AND created_at >= ?")
                .params(residentId, channel.name(), DbTime.of(since))
                .query(Integer.class)
                .single();
    }
    /** "Me too": one co-sign per resident per submission, not on one's own. */
    @Transactional
    public Support cosign(long number, long residentId) {
        Submission s = get(number);
        if (s.getResidentId() != null && s.getResidentId() == residentId) {
            return Support.OWN;
        }
        if (!s.getStatus().isOpen()) {
            return Support.CLOSED;
        }
        int added = jdbc.sql("INSERT INTO submission_supporter (submission_id, resident_id, created_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(number, residentId, vn.nghedan.platform.DbTime.of(clock.instant()))
                .update();
        if (added == 0) {
            return Support.ALREADY;
        }
        s.gainSupporter(clock.instant());
        repository.save(s);
        return Support.ADDED;
    }

    /**
     * "Me too" from someone the ward knows by no resident record (the web page): it counts, unnamed.
     * The caller keeps one person from counting twice.
     */
    @Transactional
    public Support addGuestSupport(long number) {
        Submission s = get(number);
        if (!s.getStatus().isOpen()) {
            return Support.CLOSED;
        }
        s.gainSupporter(clock.instant());
        repository.save(s);
        return Support.ADDED;
    }

    /** Residents who co-signed (not the author). */
    public List<Long> cosigners(long number) {
        return jdbc.sql("SELECT resident_id FROM submission_supporter WHERE submission_id = ? ORDER BY created_at")
                .param(number)
                .query(Long.class)
                .list();
    }

    // --- moderation ------------------------------------------------------------------------

    @Transactional
    public Submission accept(long number, Long sessionId, String actor) {
        if (sessionId != null) {
            sessions.get(sessionId);
        }
        return change(number, "ACCEPTED", s -> s.accept(sessionId, actor, clock.instant()));
    }

    @Transactional
    public Submission reject(long number, String reason, String actor) {
        String why = Texts.clean(reason);
        if (why.isEmpty()) {
            throw new InvalidInputException(
                    "reason", "officials.invalid.submission.reason", "a reason is required to reject");
        }
        return change(number, "REJECTED", s -> s.reject(why, actor, clock.instant()));
    }

    @Transactional
    public Submission merge(long number, long into, String actor) {
        if (number == into) {
            throw new IllegalTransitionException("A submission cannot be merged into itself");
        }
        Submission target = get(into);
        Submission merged = change(number, "MERGED", s -> s.mergeInto(target, actor, clock.instant()));
        // The target gains the merged submission's supporters: its author and co-signers.
        if (merged.getResidentId() != null && !merged.getResidentId().equals(target.getResidentId())) {
            addSupporterRow(into, merged.getResidentId());
        }
        for (Long cosigner : cosigners(number)) {
            if (!cosigner.equals(target.getResidentId())) {
                addSupporterRow(into, cosigner);
            }
        }
        repository.save(target);
        return merged;
    }

    @Transactional
    public Submission refer(long number, String body, String actor) {
        String to = Texts.clean(body);
        if (to.isEmpty()) {
            throw new InvalidInputException(
                    "referredTo",
                    "officials.invalid.submission.referred-to",
                    "say to which body the submission is referred");
        }
        return change(number, "REFERRED", s -> s.refer(to, actor, clock.instant()));
    }

    @Transactional
    public Submission answer(long number, Answer answer, String actor) {
        String text = Texts.clean(answer == null ? null : answer.text());
        if (text.isEmpty()) {
            throw new InvalidInputException(
                    "answer", "officials.invalid.submission.answer", "the answer text is required");
        }
        Answer clean = new Answer(
                text,
                answer.answeredBy() == null ? null : Texts.clean(answer.answeredBy()),
                answer.form(),
                answer.commitment() == null ? null : Texts.clean(answer.commitment()),
                answer.deadline());
        return change(number, "ANSWERED", s -> s.answer(clean, actor, clock.instant()));
    }

    @Transactional
    public Submission reopen(long number, String actor) {
        Submission s = change(number, "REOPENED", sub -> sub.reopen(actor, clock.instant()));
        index.add(s.getId(), s.getNeighbourhoodCode(), s.getText());
        return s;
    }

    // --- the resident's own steps ----------------------------------------------------------

    /** The cut-off that limits a resident's changes: that of the session the item goes to. */
    public Optional<Instant> cutoffOf(Submission s) {
        Optional<DialogueSession> session = s.getSessionId() != null
                ? sessions.find(s.getSessionId())
                : sessions.nextOpenFor(s.getNeighbourhoodCode());
        return session.map(DialogueSession::getSubmissionsCloseAt);
    }

    public boolean residentMayChange(Submission s) {
        Optional<Instant> cutoff = cutoffOf(s);
        return s.getStatus().isOpen() && (cutoff.isEmpty() || clock.instant().isBefore(cutoff.get()));
    }

    @Transactional
    public Submission withdraw(long number, long residentId) {
        Submission s = ownedBy(number, residentId);
        if (!residentMayChange(s)) {
            throw new IllegalTransitionException(s.getStatus(), "withdraw after the cut-off");
        }
        return change(number, "WITHDRAWN", sub -> sub.withdraw("resident", clock.instant()));
    }

    @Transactional
    public Submission editText(long number, long residentId, String newText) {
        Submission s = ownedBy(number, residentId);
        if (!residentMayChange(s)) {
            throw new IllegalTransitionException(s.getStatus(), "edit after the cut-off");
        }
        String text = acceptableText(newText);
        s.editText(text, "resident", clock.instant());
        Submission saved = repository.save(s);
        index.replace(saved.getId(), saved.getNeighbourhoodCode(), saved.getText());
        events.publishEvent(new SubmissionEvents.SubmissionChanged(
                number, saved.getResidentId(), "EDITED", saved.getStatus(), saved.getStatus()));
        return saved;
    }

    private Submission ownedBy(long number, long residentId) {
        Submission s = get(number);
        if (s.getResidentId() == null || s.getResidentId() != residentId) {
            throw new NotFoundException("No submission #" + number);
        }
        return s;
    }

    /** Items still open when their session was held go on to the next session. */
    @EventListener
    void carryOverUnanswered(SessionEvents.SessionHeld held) {
        List<Long> open = jdbc.sql("SELECT id FROM submission WHERE session_id = ? AND status IN ('NEW','ACCEPTED')")
                .param(held.sessionId())
                .query(Long.class)
                .list();
        for (Long number : open) {
            Submission s = get(number);
            s.carryOver(held.sessionId(), "system", clock.instant());
            repository.save(s);
        }
    }

    private Submission change(long number, String action, java.util.function.Consumer<Submission> step) {
        Submission s = get(number);
        Status from = s.getStatus();
        step.accept(s);
        Submission saved = repository.save(s);
        if (!saved.getStatus().isOpen()) {
            index.remove(saved.getId());
        }
        events.publishEvent(
                new SubmissionEvents.SubmissionChanged(number, saved.getResidentId(), action, from, saved.getStatus()));
        return saved;
    }

    private void addSupporterRow(long number, long residentId) {
        jdbc.sql("INSERT INTO submission_supporter (submission_id, resident_id, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(number, residentId, vn.nghedan.platform.DbTime.of(clock.instant()))
                .update();
    }

    // --- listing ---------------------------------------------------------------------------

    /** Filters for lists; null means "any". {@code q} matches ignoring case and diacritics. */
    public record Filter(
            java.util.Collection<String> neighbourhoods,
            Status status,
            Integer topic,
            Channel channel,
            Long sessionId,
            String q,
            Instant from,
            Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }
    }

    public record Page(List<Submission> items, long total) {}

    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.neighbourhoods() != null) {
            if (filter.neighbourhoods().isEmpty()) {
                return new Page(List.of(), 0);
            }
            where.append(" AND neighbourhood_code IN (:codes)");
            params.put("codes", filter.neighbourhoods());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.topic() != null) {
            where.append(" AND topic = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.channel() != null) {
            where.append(" AND channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.sessionId() != null) {
            where.append(" AND session_id = :session");
            params.put("session", filter.sessionId());
        }
        if (filter.from() != null) {
            where.append(" AND created_at >= :from");
            params.put("from", vn.nghedan.platform.DbTime.of(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND created_at < :to");
            params.put("to", vn.nghedan.platform.DbTime.of(filter.to()));
        }
        String q = Texts.fold(filter.q());
        if (!q.isEmpty()) {
            int i = 0;
            for (String word : q.split(" ")) {
                String name = "q" + i++;
                where.append(" AND (folded LIKE :")
                        .append(name)
                        .append(" ESCAPE '\\' OR CAST(id AS TEXT) = :")
                        .append(name)
                        .append("n)");
                params.put(
                        name,
                        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                params.put(name + "n", word);
            }
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM submission" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("SELECT id FROM submission" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Long.class)
                .list();
        return new Page(inOrder(ids), total);
    }

    private List<Submission> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Submission> byId = new java.util.HashMap<>();
        repository.findAllById(ids).forEach(s -> byId.put(s.getId(), s));
        List<Submission> ordered = new ArrayList<>();
        for (Long id : ids) {
            Submission s = byId.get(id);
            if (s != null) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    /** Every submission that could be on a session's agenda: its neighbourhoods, open or carried. */
    public List<Submission> candidatesFor(DialogueSession session) {
        List<Long> ids = jdbc.sql("SELECT id FROM submission WHERE neighbourhood_code IN (:codes)"
                        + " AND status IN ('NEW', 'ACCEPTED') ORDER BY id")
                .param("codes", session.neighbourhoodCodes())
                .query(Long.class)
                .list();
        return inOrder(ids);
    }

    /**
     * What an agenda of these neighbourhoods may draw on: every open item, and the items that
     * were accepted to or answered for the given session (for its results). One lean query.
     */
    public List<SubmissionSummary> agendaCandidates(java.util.Collection<String> neighbourhoodCodes, long sessionId) {
        if (neighbourhoodCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM submission WHERE neighbourhood_code IN (:codes)"
                        + " AND (status IN ('NEW', 'ACCEPTED') OR session_id = :session) ORDER BY id")
                .param("codes", neighbourhoodCodes)
                .param("session", sessionId)
                .query((rs, i) -> summary(rs))
                .list();
    }

    private static final String SUMMARY_COLUMNS =
            "id, resident_id, kind, topic, neighbourhood_code, text, author_name, anonymous, channel,"
                    + " supporters, issues, created_at, status, session_id, carried_from_session_id, answer_text,"
                    + " answered_by, answer_form, commitment, commitment_deadline, referred_to";

    /** A row of {@link #SUMMARY_COLUMNS}, in that order. */
    private static SubmissionSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SubmissionSummary(
                rs.getLong(1),
                nullableLong(rs, 2),
                Kind.valueOf(rs.getString(3)),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                Channel.valueOf(rs.getString(9)),
                rs.getInt(10),
                rs.getInt(11),
                vn.nghedan.platform.DbTime.read(rs, 12),
                Status.valueOf(rs.getString(13)),
                nullableLong(rs, 14),
                nullableLong(rs, 15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18) == null ? null : AnswerForm.valueOf(rs.getString(18)),
                rs.getString(19),
                rs.getString(20) == null ? null : java.time.LocalDate.parse(rs.getString(20)),
                rs.getString(21));
    }

    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public long count() {
        return repository.count();
    }
}
