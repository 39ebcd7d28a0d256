package vn.nghedan.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;

/** Planning, changing and finding dialogue sessions. */
@Service
public class Sessions {

    private final SessionRepository repository;
    private final Neighbourhoods neighbourhoods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sessions(
            SessionRepository repository,
            Neighbourhoods neighbourhoods,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.neighbourhoods = neighbourhoods;
        this.events = events;
        this.clock = clock;
    }

    /** How far ahead a session may be planned (and how far back its cut-off may lie). */
    static final Duration PLANNING_HORIZON = Duration.ofDays(5 * 366);

    /** The warning that a session starts sooner than the law's 7 days of notice (a message key). */
    public static final String WARNING_SHORT_NOTICE = "officials.warning.short-notice";

    /**
     * A planned session, with warnings (such as the 7-day notice rule) that don't stop it. The
     * warnings are message keys: the officials' console and API say them in the official's language.
     */
    public record Planned(DialogueSession session, List<String> warnings) {}

    @Transactional
    public Planned plan(SessionDetails details) {
        SessionDetails valid = validate(details);
        Instant now = clock.instant();
        long ward = neighbourhoods.wardOf(valid.neighbourhoods().get(0)).id();
        DialogueSession saved = repository.save(DialogueSession.plan(valid, ward, now));
        events.publishEvent(new SessionEvents.SessionScheduled(saved.getId(), true));
        return new Planned(saved, warnings(saved, now));
    }

    @Transactional
    public Planned change(long id, SessionDetails details) {
        DialogueSession session = get(id);
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw new InvalidInputException(
                    "status",
                    "officials.invalid.session.not-planned",
                    "Only a planned session can be changed; this one is " + session.getStatus(),
                    session.getStatus());
        }
        SessionDetails valid = validate(details);
        Instant now = clock.instant();
        if (neighbourhoods.wardOf(valid.neighbourhoods().get(0)).id() != session.getWardId()) {
            throw new InvalidInputException(
                    "neighbourhoods",
                    "officials.invalid.session.other-ward",
                    "a session stays in its ward; plan a new one for another ward");
        }
        session.apply(valid, now);
        DialogueSession saved = repository.save(session);
        events.publishEvent(new SessionEvents.SessionScheduled(saved.getId(), false));
        return new Planned(saved, warnings(saved, now));
    }

    @Transactional
    public DialogueSession cancel(long id) {
        DialogueSession session = get(id);
        if (session.getStatus() == SessionStatus.PLANNED) {
            session.cancel(clock.instant());
            session = repository.save(session);
            events.publishEvent(new SessionEvents.SessionCancelled(id));
        }
        return session;
    }

    @Transactional
    public DialogueSession markHeld(long id) {
        DialogueSession session = get(id);
        if (session.getStatus() == SessionStatus.PLANNED) {
            session.markHeld(clock.instant());
            session = repository.save(session);
            events.publishEvent(new SessionEvents.SessionHeld(id));
        }
        return session;
    }

    @Transactional
    public DialogueSession publishResults(long id) {
        DialogueSession session = get(id);
        if (session.getStatus() == SessionStatus.PLANNED) {
            session.markHeld(clock.instant());
            events.publishEvent(new SessionEvents.SessionHeld(id));
        }
        if (session.getResultsPublishedAt() == null) {
            session.publishResults(clock.instant());
            session = repository.save(session);
            events.publishEvent(new SessionEvents.ResultsPublished(id));
        }
        return session;
    }

    @Transactional
    public DialogueSession lockAgenda(long id, boolean locked) {
        DialogueSession session = get(id);
        if (locked) {
            session.lockAgenda(clock.instant());
        } else {
            session.unlockAgenda(clock.instant());
        }
        return repository.save(session);
    }

    public DialogueSession get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("No session " + id));
    }

    public Optional<DialogueSession> find(long id) {
        return repository.findById(id);
    }

    /** All sessions, soonest first. */
    public List<DialogueSession> all() {
        return repository.findAllSoonestFirst();
    }

    /** One ward's sessions, soonest first (a province holds hundreds: a ward's lists need only theirs). */
    public List<DialogueSession> ofWard(long wardId) {
        return repository.findOfWardSoonestFirst(wardId);
    }

    /** Planned sessions that have not started, soonest first. */
    public List<DialogueSession> upcoming() {
        Instant now = clock.instant();
        // Planned ones only: a filing asks this, and a province keeps hundreds of past sessions,
        // each loaded with its khóm.
        return repository.findPlannedSoonestFirst().stream()
                .filter(s -> s.isUpcoming(now))
                .toList();
    }

    /**
     * Sessions held whose results are not yet published, soonest first: read by themselves, since
     * a province keeps hundreds of past sessions, each loaded with its khóm.
     */
    public List<DialogueSession> awaitingResults() {
        return repository.findAwaitingResultsSoonestFirst();
    }

    /** What the calendar may still ask something of: planned sessions and those awaiting results. */
    public List<DialogueSession> open() {
        List<DialogueSession> open = new ArrayList<>(repository.findPlannedSoonestFirst());
        open.addAll(awaitingResults());
        return open;
    }

    public List<DialogueSession> upcomingFor(String neighbourhoodCode) {
        Instant now = clock.instant();
        return repository.findPlannedForNeighbourhoodSoonestFirst(neighbourhoodCode).stream()
                .filter(s -> s.isUpcoming(now))
                .toList();
    }

    /** The next session a new submission from this neighbourhood can still reach. */
    public Optional<DialogueSession> nextOpenFor(String neighbourhoodCode) {
        Instant now = clock.instant();
        return upcomingFor(neighbourhoodCode).stream()
                .filter(s -> s.isOpenForSubmissions(now))
                .min(Comparator.comparing(DialogueSession::getStartsAt));
    }

    public Optional<DialogueSession> next() {
        return upcoming().stream().findFirst();
    }

    private List<String> warnings(DialogueSession session, Instant now) {
        List<String> warnings = new ArrayList<>();
        if (Duration.between(now, session.getStartsAt()).compareTo(DialogueSession.NOTICE) < 0) {
            warnings.add(WARNING_SHORT_NOTICE);
        }
        return warnings;
    }

    private SessionDetails validate(SessionDetails d) {
        if (d == null) {
            throw new InvalidInputException(
                    "body",
                    "officials.invalid.session.body",
                    "A session needs title, startsAt, venue and neighbourhoods");
        }
        String title = Texts.clean(d.title());
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "officials.invalid.session.title", "title is required");
        }
        if (title.length() > 300) {
            throw new InvalidInputException(
                    "title", "officials.invalid.session.title-long", "title is longer than 300 characters");
        }
        String venue = Texts.clean(d.venue());
        if (venue.isEmpty()) {
            throw new InvalidInputException("venue", "officials.invalid.session.venue", "venue is required");
        }
        if (venue.length() > 300) {
            throw new InvalidInputException(
                    "venue", "officials.invalid.session.venue-long", "venue is longer than 300 characters");
        }
        if (d.startsAt() == null) {
            throw new InvalidInputException(
                    "startsAt", "officials.invalid.session.starts-at", "startsAt is required (ISO-8601 with offset)");
        }
        Instant now = clock.instant();
        if (!d.startsAt().isAfter(now)) {
            throw new InvalidInputException(
                    "startsAt", "officials.invalid.session.starts-at-past", "startsAt must be in the future");
        }
        // A ward plans months ahead, not decades: a year 999999999 was stored and then broke every
        // listing of sessions (its results deadline could not be written as a date).
        if (d.startsAt().isAfter(now.plus(PLANNING_HORIZON))) {
            throw new InvalidInputException(
                    "startsAt",
                    "officials.invalid.session.starts-at-far",
                    "startsAt must be within five years from now");
        }
        if (d.submissionsCloseAt() != null && d.submissionsCloseAt().isBefore(now.minus(PLANNING_HORIZON))) {
            throw new InvalidInputException(
                    "submissionsCloseAt",
                    "officials.invalid.session.close-too-early",
                    "submissionsCloseAt is more than five years ago");
        }
        if (d.submissionsCloseAt() != null && d.submissionsCloseAt().isAfter(d.startsAt())) {
            throw new InvalidInputException(
                    "submissionsCloseAt",
                    "officials.invalid.session.close-after-start",
                    "submissionsCloseAt must not be after startsAt");
        }
        if (d.neighbourhoods() == null || d.neighbourhoods().isEmpty()) {
            throw new InvalidInputException(
                    "neighbourhoods",
                    "officials.invalid.session.neighbourhoods",
                    "at least one neighbourhood code is required");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        Set<String> wards = new HashSet<>();
        for (String code : d.neighbourhoods()) {
            Neighbourhood n = neighbourhoods
                    .byCode(code)
                    .orElseThrow(() -> new InvalidInputException(
                            "neighbourhoods",
                            "officials.error.unknown-neighbourhood",
                            "unknown neighbourhood code: " + code,
                            String.valueOf(code)));
            codes.add(n.code());
            wards.add(n.ward());
        }
        // A session is one ward's: its agenda carries that ward's heading and its officials run it.
        if (wards.size() > 1) {
            throw new InvalidInputException(
                    "neighbourhoods",
                    "officials.invalid.session.several-wards",
                    "the neighbourhoods of a session must belong to one ward");
        }
        if (d.latitude() != null && (d.latitude() < -90 || d.latitude() > 90)) {
            throw new InvalidInputException(
                    "latitude", "officials.invalid.session.latitude", "latitude must be between -90 and 90");
        }
        if (d.longitude() != null && (d.longitude() < -180 || d.longitude() > 180)) {
            throw new InvalidInputException(
                    "longitude", "officials.invalid.session.longitude", "longitude must be between -180 and 180");
        }
        String chair = d.chair() == null ? null : Texts.clean(d.chair());
        return new SessionDetails(
                title,
                d.kind(),
                d.startsAt(),
                venue,
                d.latitude(),
                d.longitude(),
                List.copyOf(codes),
                d.submissionsCloseAt(),
                chair);
    }
}
