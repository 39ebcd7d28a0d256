package vn.nghedan.residentweb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;
import vn.nghedan.platform.Ward;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.SubmissionSummary;
import vn.nghedan.submission.Submissions;
import vn.nghedan.submission.Topic;

/** Filing, supporting and following from the web: the checks and limits of a channel without accounts. */
@Service
class WebFiling {

    static final int MAX_PHOTOS = 3;
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    static final int SIMILAR_SHOWN = 3;
    private static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,24}");

    /** A filed or supported submission and the token of its follow link. */
    record Filed(long number, String reference, String token) {}

    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;
    private final Sessions sessions;
    private final FollowLinks links;
    private final AddressLimiter limiter;
    private final WebSettings settings;
    private final Clock clock;
    private final Path photoFolder;

    WebFiling(
            Submissions submissions,
            Neighbourhoods neighbourhoods,
            Sessions sessions,
            FollowLinks links,
            AddressLimiter limiter,
            WebSettings settings,
            Clock clock,
            @Value("${nghedan.data-folder:./data}") String dataFolder) {
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
        this.sessions = sessions;
        this.links = links;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
        // under the officials' attachments folder, which the console serves photos from
        this.photoFolder = Path.of(dataFolder, "attachments", "web");
    }

    /** Checks everything, then files with channel WEB and issues the follow link. */
    @Transactional
    public Filed file(WebSubmission request, List<Photo> photos, String address) {
        Neighbourhood neighbourhood = neighbourhood(request.ward(), request.neighbourhood());
        Kind kind = kind(request.kind());
        int topic = topic(request.topic());
        String text = Submissions.acceptableText(request.text());
        String name = Texts.clean(request.name());
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name is longer than " + MAX_NAME + " characters");
        }
        String contact = contact(request.contact());
        checkPhotos(photos);
        String sender = contact.isEmpty() ? "address:" + address : "contact:" + contact;
        limitByAddress(address);
        if (links.filedSince(sender, startOfWardDay()) >= settings.dailySubmissions()) {
            throw new TooFastException("web.too-many-today", "daily limit of this contact reached");
        }
        List<Path> stored = store(photos);
        try {
            Submission filed = submissions.file(new NewSubmission(
                    null,
                    neighbourhood.code(),
                    kind,
                    topic,
                    text,
                    request.anonymous(),
                    Channel.WEB,
                    request.anonymous() || name.isEmpty() ? null : name,
                    contact.isEmpty() ? null : contact,
                    null,
                    null,
                    attachments(stored),
                    null,
                    "web"));
            String token = links.create(filed.number(), FollowLinks.Purpose.FILED, sender);
            return new Filed(filed.number(), filed.reference(), token);
        } catch (RuntimeException e) {
            stored.forEach(WebFiling::deleteQuietly);
            throw e;
        }
    }

    /** "Me too" on an open submission: counted once per contact (or address), with its own follow link. */
    @Transactional
    public Filed support(long number, String rawContact, String address) {
        Submission s = submissions.find(number).orElseThrow(() -> new NotFoundException("No submission #" + number));
        String contact = contact(rawContact);
        limitByAddress(address);
        String supporter = contact.isEmpty() ? "address:" + address : "contact:" + contact;
        if (links.recordSupport(number, supporter)
                && submissions.addGuestSupport(number) == Submissions.Support.CLOSED) {
            throw new InvalidInputException("number", "web.invalid.support-closed", "the submission is closed");
        }
        String token = links.create(number, FollowLinks.Purpose.SUPPORT, supporter);
        return new Filed(number, s.reference(), token);
    }

    /** Up to three open items of the khóm that look like the same matter (as the bot offers). */
    public List<SubmissionSummary> similar(String ward, String neighbourhoodCode, String text) {
        Optional<Neighbourhood> n = neighbourhoods.find(ward, neighbourhoodCode);
        String clean = Texts.clean(text);
        if (n.isEmpty() || !Texts.hasWords(clean)) {
            return List.of();
        }
        return submissions.similarSummaries(n.get().code(), clean, SIMILAR_SHOWN);
    }

    /** What a follow link shows; empty for a token never issued. */
    public Optional<Following> follow(String token) {
        return links.find(token)
                .flatMap(link -> submissions
                        .find(link.submission())
                        .map(s -> following(s, link.purpose() == FollowLinks.Purpose.FILED ? personal(s) : null)));
    }

    /**
     * The author, on their own filing link, has their name, contact and photos erased (Decree 13);
     * the text stays, as "a resident of Khóm X", and the step stays in its history.
     *
     * @throws NotFoundException for an unknown token or a supporter's link (it is not theirs to erase)
     */
    @Transactional
    public Forgotten forgetAuthor(String token) {
        FollowLinks.Link link = links.find(token)
                .filter(l -> l.purpose() == FollowLinks.Purpose.FILED)
                .orElseThrow(() -> new NotFoundException("No such follow link"));
        links.forgetFiler(link.submission());
        return new Forgotten(link.submission(), submissions.forgetGuestAuthor(link.submission(), "web"));
    }

    /** The submission whose author was forgotten; {@code erased} false when nothing of them was kept. */
    record Forgotten(long number, boolean erased) {}

    private static Following.Personal personal(Submission s) {
        int photos = (int)
                s.getAttachments().stream().filter(a -> a.storedPath() != null).count();
        if (s.getResidentId() != null || (s.getAuthorName() == null && s.getContact() == null && photos == 0)) {
            return null;
        }
        return new Following.Personal(s.getAuthorName(), masked(s.getContact()), photos);
    }

    /** "0912 345 678" → "09••••••678", "lan@example.vn" → "la•••@example.vn". */
    static String masked(String contact) {
        if (contact == null) {
            return null;
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.substring(0, Math.min(2, at)) + "•••" + contact.substring(at);
        }
        String digits = contact.replaceAll("[^0-9+]", "");
        if (digits.length() < 6) {
            return "•••";
        }
        return digits.substring(0, 2) + "•".repeat(digits.length() - 5) + digits.substring(digits.length() - 3);
    }

    /** The planned session where it is to be answered, if it is on one. */
    private Following.Meeting meeting(Submission s) {
        if (s.getSessionId() == null) {
            return null;
        }
        return sessions.find(s.getSessionId())
                .filter(d -> d.getStatus() == SessionStatus.PLANNED)
                .map(d -> new Following.Meeting(d.getTitle(), d.getStartsAt(), d.getVenue()))
                .orElse(null);
    }

    private Following following(Submission s, Following.Personal personal) {
        List<Following.Step> steps = s.getEvents().stream()
                .map(e -> new Following.Step(e.at(), e.action(), e.toStatus()))
                .toList();
        Submission answered = s;
        if (s.getMergedInto() != null) {
            answered = submissions.find(s.getMergedInto()).orElse(s);
        }
        Following.Reply reply = answered.getAnswerText() == null
                ? null
                : new Following.Reply(
                        answered.getAnswerText(),
                        answered.getAnsweredBy(),
                        answered.getAnsweredAt(),
                        answered.getCommitment(),
                        answered.getCommitmentDeadline());
        return new Following(
                s.number(),
                s.reference(),
                neighbourhoods.nameOf(s.getNeighbourhoodCode()),
                s.getKind(),
                s.getTopic(),
                s.getText(),
                s.getCreatedAt(),
                s.getStatus(),
                steps,
                reply,
                s.getMergedInto(),
                s.getReason(),
                s.getReferredTo(),
                meeting(s),
                personal);
    }

    /**
     * The khóm as the page or the API names it: its code within the ward given, the ward optional
     * in a deployment of one.
     */
    private Neighbourhood neighbourhood(String ward, String code) {
        boolean wardGiven = ward != null && !ward.isBlank();
        if (wardGiven && neighbourhoods.ward(ward).isEmpty()) {
            throw new InvalidInputException("ward", "no such ward: " + Texts.shorten(ward.strip(), 20));
        }
        if (!wardGiven && !neighbourhoods.isSingleWard()) {
            throw new InvalidInputException("ward", "ward is required: this deployment serves several wards");
        }
        Optional<Neighbourhood> found = neighbourhoods.find(ward, code);
        return found.orElseThrow(() -> new InvalidInputException("neighbourhood", "unknown neighbourhood"));
    }

    private static Kind kind(String value) {
        try {
            return Kind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "kind must be QUESTION, COMPLAINT or PROPOSAL");
        }
    }

    private static int topic(String value) {
        try {
            int topic = Integer.parseInt(value == null ? "" : value.strip());
            if (Topic.isValid(topic)) {
                return topic;
            }
        } catch (NumberFormatException e) {
            // refused below with the field named
        }
        throw new InvalidInputException("topic", "topic must be 1 to 6");
    }

    /** A phone number (digits kept, a leading +) or an e-mail address (lower case); empty when none. */
    static String contact(String raw) {
        String value = Texts.clean(raw);
        if (value.isEmpty()) {
            return "";
        }
        if (value.length() <= 200 && EMAIL.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        if (PHONE.matcher(value).matches()) {
            String digits = value.replaceAll("[^0-9]", "");
            if (digits.length() >= 8 && digits.length() <= 15) {
                return (value.startsWith("+") ? "+" : "") + digits;
            }
        }
        throw new InvalidInputException("contact", "contact must be a phone number or an e-mail address");
    }

    private static void checkPhotos(List<Photo> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new InvalidInputException("photos", "at most " + MAX_PHOTOS + " photos");
        }
        for (Photo photo : photos) {
            if (photo.bytes().length > MAX_PHOTO_BYTES || !photo.looksLikeImage()) {
                throw new InvalidInputException("photos", "a photo must be a JPEG or PNG of at most 5 MB");
            }
        }
    }

    private void limitByAddress(String address) {
        if (!limiter.tryFile(address)) {
            throw new TooFastException("web.too-fast", "too many filings from this address; wait a minute");
        }
    }

    private java.time.Instant startOfWardDay() {
        return LocalDate.ofInstant(clock.instant(), Ward.ZONE)
                .atStartOfDay(Ward.ZONE)
                .toInstant();
    }

    private List<Path> store(List<Photo> photos) {
        List<Path> stored = new ArrayList<>();
        try {
            Files.createDirectories(photoFolder);
            for (Photo photo : photos) {
                Path file = photoFolder.resolve(UUID.randomUUID() + ".jpg");
                Files.write(file, photo.bytes());
                stored.add(file);
            }
            return stored;
        } catch (IOException e) {
            stored.forEach(WebFiling::deleteQuietly);
            throw new UncheckedIOException("Photo not stored", e);
        }
    }

    private static List<Attachment> attachments(List<Path> stored) {
        List<Attachment> list = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Path file = stored.get(i);
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            list.add(new Attachment("PHOTO", "photo-" + (i + 1) + ".jpg", file.toString(), size, null));
        }
        return list;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray photo without a submission harms nobody and holds no personal data beyond itself
        }
    }
}
