package vn.nghedan.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A session for Khóm 1 and Khóm 2 of Phường 4, Sa Đéc, and a builder of submissions for it. */
final class AgendaFixtures {

    /** 17:00 on 08/03/2026 in the ward (UTC+7). */
    static final Instant CUT_OFF = Instant.parse("2026-03-08T10:00:00Z");
    /** 08:00 on 15/03/2026 in the ward. */
    static final Instant STARTS = Instant.parse("2026-03-15T01:00:00Z");
    /** 00:30 on 10/03/2026 in the ward but still 09/03 in UTC, to catch a date taken in the wrong zone. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T17:30:00Z"), ZoneOffset.UTC);

    static final long SESSION_ID = 7;
    static final long OTHER_SESSION_ID = 8;
    static final long EARLIER_SESSION_ID = 5;

    static final AgendaSession SESSION = new AgendaSession(
            SESSION_ID,
            "Đối thoại với Nhân dân Khóm 1 và Khóm 2, quý I năm 2026",
            AgendaSession.DIALOGUE,
            STARTS,
            "Hội trường UBND Phường 4, số 12 đường Hùng Vương",
            CUT_OFF,
            List.of(new AgendaSession.Neighbourhood("K1", "Khóm 1"), new AgendaSession.Neighbourhood("K2", "Khóm 2")),
            "Ông Trần Văn Bình, Chủ tịch UBND Phường 4");

    static final WardInfo WARD =
            new WardInfo("Phường 4", "ỦY BAN NHÂN DÂN PHƯỜNG 4", "UBND THÀNH PHỐ SA ĐÉC", "Sa Đéc", "15/BC-UBND");

    private AgendaFixtures() {}

    static Candidate candidate(long number, String text) {
        return new Candidate(number, text);
    }

    /** A submission of Khóm 1, new, received by the bot a day before the cut-off, unless told otherwise. */
    static final class Candidate {
        private final long number;
        private String text;
        private String kind = "COMPLAINT";
        private int topic = 1;
        private String neighbourhood = "K1";
        private String author;
        private boolean anonymous;
        private String channel = "BOT";
        private int supporters = 1;
        private int issues = 1;
        private Instant createdAt;
        private String status = "NEW";
        private Long sessionId;
        private Long carriedFrom;
        private AgendaCandidate.Answer answer;

        private Candidate(long number, String text) {
            this.number = number;
            this.text = text;
            this.createdAt = CUT_OFF.minus(Duration.ofDays(1)).plusSeconds(number);
        }

        Candidate kind(String value) {
            kind = value;
            return this;
        }

        Candidate topic(int value) {
            topic = value;
            return this;
        }

        Candidate in(String neighbourhoodCode) {
            neighbourhood = neighbourhoodCode;
            return this;
        }

        Candidate by(String name) {
            author = name;
            return this;
        }

        Candidate anonymousBy(String name) {
            author = name;
            anonymous = true;
            return this;
        }

        Candidate channel(String value) {
            channel = value;
            return this;
        }

        Candidate supporters(int value) {
            supporters = value;
            return this;
        }

        Candidate issues(int value) {
            issues = value;
            return this;
        }

        Candidate at(Instant value) {
            createdAt = value;
            return this;
        }

        Candidate daysBeforeCutOff(int days) {
            return at(CUT_OFF.minus(Duration.ofDays(days)));
        }

        Candidate status(String value) {
            status = value;
            return this;
        }

        Candidate acceptedTo(long session) {
            status = "ACCEPTED";
            sessionId = session;
            return this;
        }

        Candidate carriedFrom(long session) {
            carriedFrom = session;
            return this;
        }

        Candidate answered(AgendaCandidate.Answer value) {
            status = value.referredTo() == null ? "ANSWERED" : "REFERRED";
            sessionId = SESSION_ID;
            answer = value;
            return this;
        }

        AgendaCandidate build() {
            return new AgendaCandidate(
                    number,
                    kind,
                    topic,
                    neighbourhood,
                    text,
                    author,
                    anonymous,
                    channel,
                    supporters,
                    issues,
                    createdAt,
                    status,
                    sessionId,
                    carriedFrom,
                    answer);
        }
    }
}
