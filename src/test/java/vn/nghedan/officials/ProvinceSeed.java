package vn.nghedan.officials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Texts;

/**
 * A province's data written straight into the tables with batched JDBC (the app's own paths
 * would take hours for a million submissions): residents of every khóm, each ward's sessions with
 * their khóm, and submissions over two years whose statuses follow the sessions as a ward's do —
 * older ones answered, referred, rejected, merged or carried over at the session after them,
 * recent ones new or accepted — with supporters, answers and commitments. Texts are the sample
 * submissions, varied (alley and group, greetings, some typed without diacritics).
 *
 * <p>Submission {@code i} of the full set is the same in every run, whatever is seeded first:
 * {@link #submissions} writes the ones whose number {@code % 10 == 0} (a tenth, spread over the
 * same two years) or the others, so the province can be measured at a tenth of its size and then
 * whole.
 */
final class ProvinceSeed {

    static final int WARDS = 100;
    static final int KHOM_PER_WARD = 10;
    static final int HELD_SESSIONS = 7;
    static final Duration SPAN = Duration.ofDays(730);

    private static final List<String> OPENINGS =
            List.of("", "", "", "Kính gửi UBND phường, ", "Xin chào cán bộ phường. ", "Tôi là người dân trong khóm, ");
    private static final List<String> CLOSINGS =
            List.of("", "", " Xin cảm ơn.", " Mong phường sớm trả lời.", " Rất mong được quan tâm giải quyết.");
    private static final List<String> FAMILY =
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô");
    private static final List<String> GIVEN = List.of(
            "Văn An",
            "Thị Bích",
            "Văn Cường",
            "Thị Dung",
            "Minh Đức",
            "Thị Hằng",
            "Quốc Hùng",
            "Thị Lan",
            "Hữu Lộc",
            "Thị Mai",
            "Thanh Nam",
            "Thị Phượng",
            "Văn Sơn",
            "Ngọc Trâm",
            "Văn Tâm",
            "Thị Xuân");
    private static final List<String> CHANNELS =
            List.of("BOT", "BOT", "BOT", "BOT", "WEB", "SPOKEN", "WRITTEN", "PHONE");
    private static final List<String> ANSWERS = List.of(
            "Phường đã làm việc với đơn vị thi công, dự kiến hoàn thành trong tháng tới.",
            "Đã giao Công an phường tăng cường tuần tra vào buổi tối tại khu vực này.",
            "Hồ sơ của ông/bà đã được chuyển Văn phòng đăng ký đất đai, kết quả sẽ có trong 15 ngày làm việc.",
            "Phường ghi nhận và đưa vào kế hoạch năm sau, sẽ thông báo cho bà con khi có kinh phí.",
            "Đã hướng dẫn trực tiếp tại buổi đối thoại; bà con có thể liên hệ bộ phận một cửa để được hỗ trợ thêm.");
    private static final List<String> REFERRALS =
            List.of("Công ty Điện lực thành phố", "Công ty Cấp nước", "Phòng Quản lý đô thị", "Công an thành phố");
    private static final List<String> REASONS = List.of(
            "Nội dung không thuộc thẩm quyền của phường.",
            "Nội dung trùng với ý kiến đã được trả lời.",
            "Không đủ thông tin để xem xét.");

    record Sample(String kind, int topic, String text) {}

    /** A ward as seeded: its ward table id and its khóm keys (P37.K1 …). */
    record SeededWard(long id, String code, List<String> khom) {}

    /** A ward's sessions in time order: the held ones, then the planned whole-ward one. */
    record SessionPlan(long id, Instant closesAt, Instant startsAt) {}

    private final Connection c;
    private final boolean postgres;
    private final Instant now;
    private final List<SeededWard> wards;
    private final List<Sample> samples = samples();
    private final Map<String, String> folds = new HashMap<>();
    private final Map<Long, List<SessionPlan>> sessionsByWard = new HashMap<>();
    private final int residentsPerKhom;

    ProvinceSeed(Connection connection, boolean postgres, Instant now, List<SeededWard> wards, int residents) {
        this.c = connection;
        this.postgres = postgres;
        this.now = now.truncatedTo(ChronoUnit.DAYS);
        this.wards = wards;
        this.residentsPerKhom = residents / (wards.size() * KHOM_PER_WARD);
    }

    static String wardCode(int w) {
        return "P" + w;
    }

    static String khomKey(int w, int k) {
        return wardCode(w) + ".K" + k;
    }

    /** Residents: {@code residentsPerKhom} in every khóm, ids in khóm order so a khóm's are a range. */
    int residents() throws SQLException {
        c.setAutoCommit(false);
        int written = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO resident (id, telegram_user_id, chat_id,"
                + " display_name, language, neighbourhood_code, consented_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            SplittableRandom random = new SplittableRandom(7);
            for (int khom = 0; khom < wards.size() * KHOM_PER_WARD; khom++) {
                String key = wards.get(khom / KHOM_PER_WARD).khom().get(khom % KHOM_PER_WARD);
                for (int r = 0; r < residentsPerKhom; r++) {
                    long id = (long) khom * residentsPerKhom + r + 1;
                    Instant joined = now.minus(Duration.ofMinutes(random.nextLong(SPAN.toMinutes())));
                    ps.setLong(1, id);
                    ps.setLong(2, 700_000_000L + id);
                    ps.setLong(3, 700_000_000L + id);
                    ps.setString(4, name(random));
                    ps.setString(5, random.nextInt(20) == 0 ? "en" : "vi");
                    ps.setString(6, key);
                    time(ps, 7, joined);
                    time(ps, 8, joined);
                    ps.addBatch();
                    flush(++written, ps);
                }
            }
            ps.executeBatch();
        }
        c.commit();
        return written;
    }

    /**
     * Each ward's sessions: seven held over the two years (every ~quarter, each for the whole
     * ward), their results published within 10 days mostly, late sometimes, not yet rarely; one
     * planned for the whole ward in ten days, and a planned voter meeting of two khóm.
     */
    int sessions() throws SQLException {
        c.setAutoCommit(false);
        int written = 0;
        long id = 0;
        try (PreparedStatement session = c.prepareStatement("INSERT INTO dialogue_session (id, title, kind,"
                        + " starts_at, venue, submissions_close_at, chair, status, agenda_locked_at,"
                        + " results_published_at, created_at, updated_at, ward_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement khom = c.prepareStatement(
                        "INSERT INTO session_neighbourhood (dialogue_session, neighbourhood_code) VALUES (?, ?)")) {
            SplittableRandom random = new SplittableRandom(11);
            for (SeededWard ward : wards) {
                List<SessionPlan> plans = new ArrayList<>();
                for (int k = 0; k <= HELD_SESSIONS + 1; k++) {
                    boolean held = k < HELD_SESSIONS;
                    boolean voterMeeting = k == HELD_SESSIONS + 1;
                    Instant starts = held
                            ? now.minus(Duration.ofDays((long) (HELD_SESSIONS - k) * 95 + random.nextInt(10)))
                                    .plus(Duration.ofHours(1))
                            : now.plus(Duration.ofDays(voterMeeting ? 20 : 10)).plus(Duration.ofHours(1));
                    Instant closes = starts.minus(Duration.ofDays(2));
                    Instant published = null;
                    if (held) {
                        int r = random.nextInt(100);
                        published = r < 75
                                ? starts.plus(Duration.ofDays(2 + random.nextInt(8)))
                                : r < 95 ? starts.plus(Duration.ofDays(11 + random.nextInt(15))) : null;
                    }
                    id++;
                    session.setLong(1, id);
                    session.setString(
                            2,
                            voterMeeting
                                    ? "Tiếp xúc cử tri khóm 1 và khóm 2"
                                    : "Đối thoại với Nhân dân quý " + (k % 4 + 1) + " — " + ward.code());
                    session.setString(3, voterMeeting ? "VOTER_MEETING" : "DIALOGUE");
                    time(session, 4, starts);
                    session.setString(5, "Hội trường UBND " + ward.code());
                    time(session, 6, closes);
                    session.setString(7, "Chủ tịch UBND phường");
                    session.setString(8, held ? "HELD" : "PLANNED");
                    time(session, 9, held ? closes : null);
                    time(session, 10, published);
                    time(session, 11, starts.minus(Duration.ofDays(14)));
                    time(session, 12, published == null ? starts : published);
                    session.setLong(13, ward.id());
                    session.addBatch();
                    for (String code : voterMeeting ? ward.khom().subList(0, 2) : ward.khom()) {
                        khom.setLong(1, id);
                        khom.setString(2, code);
                        khom.addBatch();
                    }
                    if (!voterMeeting) {
                        plans.add(new SessionPlan(id, closes, starts));
                    }
                    written++;
                }
                sessionsByWard.put(ward.id(), plans);
            }
            session.executeBatch();
            khom.executeBatch();
        }
        c.commit();
        return written;
    }

    /**
     * Writes submissions {@code 1..total} of the full set whose number is in {@code tenth} (number
     * % 10 == 0) or not, and their supporters; the full set is generated in both cases so that each
     * submission is the same whichever part it was written with. Returns the submissions written.
     */
    int submissions(int total, boolean tenth) throws SQLException {
        c.setAutoCommit(false);
        SplittableRandom random = new SplittableRandom(42);
        long[] lastInKhom = new long[wards.size() * KHOM_PER_WARD];
        long step = SPAN.toMillis() / total;
        Instant first = now.minus(SPAN);
        int written = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (id, resident_id, neighbourhood_code,"
                        + " kind, topic, text, folded, anonymous, channel, status, issues, supporters, session_id,"
                        + " carried_from_session_id, merged_into, author_name, reason, referred_to, answer_text,"
                        + " answered_by, answer_form, commitment, commitment_deadline, answered_at, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)");
                PreparedStatement supporter = c.prepareStatement(
                        "INSERT INTO submission_supporter (submission_id, resident_id, created_at) VALUES (?, ?, ?)")) {
            for (long number = 1; number <= total; number++) {
                // every random draw happens for every submission, written or not, in the same order
                int khomIndex = random.nextInt(lastInKhom.length);
                SeededWard ward = wards.get(khomIndex / KHOM_PER_WARD);
                Sample sample = samples.get(random.nextInt(samples.size()));
                String opening = OPENINGS.get(random.nextInt(OPENINGS.size()));
                String closing = CLOSINGS.get(random.nextInt(CLOSINGS.size()));
                boolean bare = random.nextInt(100) < 12;
                int alley = 1 + random.nextInt(120);
                int group = 1 + random.nextInt(30);
                String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                boolean anonymous = random.nextInt(10) < 2;
                int resident = random.nextInt(residentsPerKhom);
                String author = name(random);
                int fate = random.nextInt(100);
                int detail = random.nextInt(1000);
                int supporters = random.nextInt(100) < 8 ? 1 + random.nextInt(4) : 0;
                int supporterStart = random.nextInt(residentsPerKhom);
                boolean writes = (number % 10 == 0) == tenth;
                long target = lastInKhom[khomIndex];
                if (writes || !tenth) {
                    // a merge points at an earlier submission of its khóm already in the tables
                    lastInKhom[khomIndex] = number;
                }
                if (!writes) {
                    continue;
                }
                Instant created = first.plusMillis(step * number);
                String body = opening + (bare ? withoutDiacritics(sample.text()) : sample.text()) + closing;
                String text = "Hẻm " + alley + ", tổ " + group + ": " + body;
                String folded = "hem " + alley + " to " + group + " " + folds.computeIfAbsent(body, Texts::fold);
                Fate f = fate(ward, created, fate, detail, target);
                boolean byBot = channel.equals("BOT") || channel.equals("WEB");
                ps.setLong(1, number);
                nullableLong(ps, 2, byBot ? (long) khomIndex * residentsPerKhom + resident + 1 : null);
                ps.setString(3, ward.khom().get(khomIndex % KHOM_PER_WARD));
                ps.setString(4, sample.kind());
                ps.setInt(5, sample.topic());
                ps.setString(6, text);
                ps.setString(7, folded);
                ps.setBoolean(8, anonymous);
                ps.setString(9, channel);
                ps.setString(10, f.status);
                ps.setInt(11, 1);
                ps.setInt(12, 1 + supporters);
                nullableLong(ps, 13, f.session);
                nullableLong(ps, 14, f.carriedFrom);
                nullableLong(ps, 15, f.mergedInto);
                ps.setString(16, anonymous ? null : author);
                ps.setString(17, f.reason);
                ps.setString(18, f.referredTo);
                ps.setString(19, f.answer);
                ps.setString(20, f.answer == null ? null : "Chủ tịch UBND phường");
                ps.setString(21, f.answer == null ? null : detail % 3 == 0 ? "IN_WRITING" : "AT_SESSION");
                ps.setString(22, f.deadline == null ? null : "Hoàn thành trước ngày " + f.deadline);
                date(ps, 23, f.deadline);
                time(ps, 24, f.answeredAt);
                time(ps, 25, created);
                time(ps, 26, f.answeredAt == null ? created : f.answeredAt);
                ps.addBatch();
                for (int s = 0; s < supporters; s++) {
                    supporter.setLong(1, number);
                    supporter.setLong(
                            2, (long) khomIndex * residentsPerKhom + (supporterStart + s * 7) % residentsPerKhom + 1);
                    time(supporter, 3, created.plus(Duration.ofHours(1 + s)));
                    supporter.addBatch();
                }
                flush(++written, ps, supporter);
            }
            ps.executeBatch();
            supporter.executeBatch();
        }
        c.commit();
        if (postgres) {
            try (Statement s = c.createStatement()) {
                s.execute(
                        "SELECT setval(pg_get_serial_sequence('submission', 'id'), (SELECT MAX(id) FROM submission))");
                s.execute("SELECT setval(pg_get_serial_sequence('resident', 'id'), (SELECT MAX(id) FROM resident))");
                s.execute("SELECT setval(pg_get_serial_sequence('dialogue_session', 'id'),"
                        + " (SELECT MAX(id) FROM dialogue_session))");
            }
            c.commit();
        }
        return written;
    }

    /** What became of a submission: decided at the first session that closed after it was filed. */
    private record Fate(
            String status,
            Long session,
            Long carriedFrom,
            Long mergedInto,
            String reason,
            String referredTo,
            String answer,
            LocalDate deadline,
            Instant answeredAt) {}

    private Fate fate(SeededWard ward, Instant created, int fate, int detail, long target) {
        List<SessionPlan> plans = sessionsByWard.get(ward.id());
        SessionPlan at = plans.stream()
                .filter(p -> p.closesAt().isAfter(created))
                .findFirst()
                .orElse(plans.get(plans.size() - 1));
        boolean decided = at != plans.get(plans.size() - 1);
        Long mergeTarget = target == 0 ? null : target;
        if (!decided) {
            // filed since the last session closed: waiting for the planned one
            if (fate < 55) {
                return new Fate("NEW", null, null, null, null, null, null, null, null);
            }
            if (fate < 90 || (fate < 95 && mergeTarget == null)) {
                return new Fate("ACCEPTED", at.id(), null, null, null, null, null, null, null);
            }
            if (fate < 95) {
                return new Fate("MERGED", null, null, mergeTarget, null, null, null, null, null);
            }
            return new Fate("REJECTED", null, null, null, REASONS.get(detail % REASONS.size()), null, null, null, null);
        }
        Instant answered = at.startsAt().plus(Duration.ofHours(detail % 200));
        if (fate < 58) {
            LocalDate deadline = detail % 7 == 0
                    ? LocalDate.ofInstant(at.startsAt(), ZoneOffset.UTC).plusDays(30 + detail % 60)
                    : null;
            return new Fate(
                    "ANSWERED",
                    at.id(),
                    null,
                    null,
                    null,
                    null,
                    ANSWERS.get(detail % ANSWERS.size()),
                    deadline,
                    answered);
        }
        if (fate < 68) {
            return new Fate(
                    "REFERRED",
                    at.id(),
                    null,
                    null,
                    null,
                    REFERRALS.get(detail % REFERRALS.size()),
                    null,
                    null,
                    answered);
        }
        if (fate < 76 || (fate < 88 && mergeTarget == null)) {
            return new Fate("REJECTED", null, null, null, REASONS.get(detail % REASONS.size()), null, null, null, null);
        }
        if (fate < 88) {
            return new Fate("MERGED", null, null, mergeTarget, null, null, null, null, null);
        }
        if (fate < 92) {
            return new Fate("WITHDRAWN", null, null, null, null, null, null, null, null);
        }
        // not reached at its session: carried over to the next, still open
        return new Fate("ACCEPTED", null, at.id(), null, null, null, null, null, null);
    }

    /**
     * Sends the statements' batches every 1,000 rows and commits every 5,000; a submission's
     * supporters go with it, after it (PostgreSQL checks their reference at once). Short
     * transactions: on SQLite the app's own writes (leases, the scheduler's locks) wait for the
     * seed's write lock meanwhile, and give up after their busy timeout.
     */
    private void flush(int rows, PreparedStatement... statements) throws SQLException {
        if (rows % 1000 == 0) {
            for (PreparedStatement ps : statements) {
                ps.executeBatch();
            }
        }
        if (rows % 5_000 == 0) {
            c.commit();
        }
    }

    private void time(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, postgres ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
        } else if (postgres) {
            ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            ps.setString(index, DbTime.text(instant));
        }
    }

    private void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, postgres ? Types.DATE : Types.VARCHAR);
        } else if (postgres) {
            ps.setObject(index, date);
        } else {
            ps.setString(index, date.toString());
        }
    }

    private static void nullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String name(SplittableRandom random) {
        return FAMILY.get(random.nextInt(FAMILY.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    /** As a resident types on a phone without a Vietnamese keyboard. */
    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    private static List<Sample> samples() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ProvinceSeed.class.getResourceAsStream("/agenda/sample-submissions-vi.tsv")),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .map(line -> line.split("\t", 3))
                    .filter(cells -> cells.length == 3)
                    .map(cells -> new Sample(cells[0], Integer.parseInt(cells[1]), cells[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
