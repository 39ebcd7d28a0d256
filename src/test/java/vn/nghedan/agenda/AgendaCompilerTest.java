package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.nghedan.agenda.AgendaFixtures.CLOCK;
import static vn.nghedan.agenda.AgendaFixtures.CUT_OFF;
import static vn.nghedan.agenda.AgendaFixtures.EARLIER_SESSION_ID;
import static vn.nghedan.agenda.AgendaFixtures.OTHER_SESSION_ID;
import static vn.nghedan.agenda.AgendaFixtures.SESSION;
import static vn.nghedan.agenda.AgendaFixtures.SESSION_ID;
import static vn.nghedan.agenda.AgendaFixtures.candidate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgendaCompilerTest {

    private final AgendaCompiler compiler = new AgendaCompiler();

    private Agenda compile(AgendaCandidate... candidates) {
        return compile(AgendaOverrides.none(), candidates);
    }

    private Agenda compile(AgendaOverrides overrides, AgendaCandidate... candidates) {
        return compiler.compile(SESSION, List.of(candidates), overrides, CLOCK);
    }

    private static List<Long> primaries(Agenda agenda) {
        return agenda.items().stream().map(AgendaItem::primaryNumber).toList();
    }

    // Distinct matters, so that selection tests are not blurred by clustering.
    private static final List<String> MATTERS =
            SampleSubmissions.all().stream().map(SampleSubmissions.Sample::text).toList();

    private static AgendaFixtures.Candidate matter(long number) {
        return candidate(number, MATTERS.get((int) number % MATTERS.size()));
    }

    @Nested
    class Selection {

        @Test
        void takesOpenSubmissionsOfTheSessionsNeighbourhoodsReceivedBeforeTheCutOff() {
            Agenda agenda = compile(
                    matter(1).build(),
                    matter(2).acceptedTo(SESSION_ID).build(),
                    matter(3).in("K2").build(),
                    matter(4).in("K3").build(),
                    matter(5).at(CUT_OFF.minusSeconds(1)).build(),
                    matter(6).at(CUT_OFF).build(),
                    matter(7).at(CUT_OFF.plus(Duration.ofDays(2))).build());

            assertThat(primaries(agenda)).containsExactlyInAnyOrder(1L, 2L, 3L, 5L);
        }

        @Test
        void leavesOutWhatIsRejectedWithdrawnMergedReferredOrAnswered() {
            Agenda agenda = compile(
                    matter(1).status("REJECTED").build(),
                    matter(2).status("WITHDRAWN").build(),
                    matter(3).status("MERGED").build(),
                    matter(4).status("REFERRED").build(),
                    matter(5).status("ANSWERED").build(),
                    matter(6).status("NEW").build());

            assertThat(primaries(agenda)).containsExactly(6L);
        }

        @Test
        void takesCarriedOverItemsWhenTheyCameAndLateOnesAcceptedToThisSession() {
            Agenda agenda = compile(
                    matter(1)
                            .carriedFrom(EARLIER_SESSION_ID)
                            .at(CUT_OFF.plus(Duration.ofDays(1)))
                            .build(),
                    matter(2)
                            .acceptedTo(SESSION_ID)
                            .at(CUT_OFF.plus(Duration.ofDays(3)))
                            .build(),
                    matter(3).acceptedTo(OTHER_SESSION_ID).build(),
                    matter(4)
                            .carriedFrom(EARLIER_SESSION_ID)
                            .acceptedTo(OTHER_SESSION_ID)
                            .build(),
                    matter(5).carriedFrom(EARLIER_SESSION_ID).in("K5").build());

            assertThat(agenda.items())
                    .extracting(AgendaItem::primaryNumber, AgendaItem::carriedOver)
                    .containsExactlyInAnyOrder(tuple(1L, true), tuple(2L, false));
        }

        @Test
        void resultsTakeWhatWasSettledAtTheSessionAndWhatIsStillOpen() {
            var answer = new AgendaCandidate.Answer("Ông Lê Văn Cường", "IN_WRITING", "Đã xử lý.", null, null, null);
            Agenda results = compiler.compileResults(
                    SESSION,
                    List.of(
                            matter(1).answered(answer).build(),
                            matter(2).status("ANSWERED").build(), // answered, but not at this session
                            matter(3).acceptedTo(SESSION_ID).build(),
                            matter(4)
                                    .carriedFrom(SESSION_ID)
                                    .acceptedTo(OTHER_SESSION_ID)
                                    .build(),
                            matter(5).status("REJECTED").build()),
                    AgendaOverrides.none(),
                    CLOCK);

            assertThat(primaries(results)).containsExactlyInAnyOrder(1L, 3L, 4L);
        }
    }

    @Nested
    class Ranking {

        @Test
        void ordersByTopicThenSupportThenAgeThenNumber() {
            Agenda agenda = compile(
                    matter(1).topic(2).supporters(1).build(),
                    matter(2).topic(1).supporters(3).daysBeforeCutOff(2).build(),
                    matter(3).topic(1).supporters(9).build(),
                    matter(4).topic(1).supporters(3).daysBeforeCutOff(5).build(),
                    matter(5)
                            .topic(1)
                            .supporters(3)
                            .at(CUT_OFF.minus(Duration.ofDays(2)))
                            .build(),
                    matter(6).topic(5).build());

            assertThat(agenda.sections()).extracting(Agenda.Section::topic).containsExactly(1, 2, 5);
            assertThat(primaries(agenda)).containsExactly(3L, 4L, 2L, 5L, 1L, 6L);
            assertThat(agenda.items()).extracting(AgendaItem::position).containsExactly(1, 2, 3, 4, 5, 6);
        }

        @Test
        void sectionsCarryTheTopicTitles() {
            Agenda agenda =
                    compile(matter(1).topic(1).build(), matter(2).topic(6).build());

            assertThat(agenda.sections())
                    .extracting(Agenda.Section::title, Agenda.Section::englishTitle)
                    .containsExactly(
                            tuple(
                                    "Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng",
                                    "Economy, land, planning, construction, infrastructure"),
                            tuple("Khác, ngoài thẩm quyền", "Other or beyond the ward's authority"));
        }
    }

    @Nested
    class Anonymity {

        @Test
        void anItemWhoseAuthorsAllHideIsRaisedByTheNeighbourhood() {
            Agenda agenda = compile(
                    matter(1).anonymousBy("Lê Thị Kín").build(),
                    candidate(2, MATTERS.get(1)).build(),
                    matter(3).in("K2").build());

            // #1 (anonymous) and #2 (no name given) are one matter: nobody in it may be named
            assertThat(agenda.items())
                    .extracting(AgendaItem::raisedBy, AgendaItem::submissions)
                    .containsExactlyInAnyOrder(tuple("Nhân dân Khóm 1", 2), tuple("Nhân dân Khóm 2", 1));
        }

        @Test
        void namesOnlyTheAuthorsWhoMayBeNamed() {
            String text = MATTERS.get(0);
            Agenda agenda = compile(
                    candidate(1, text).by("Nguyễn Văn An").build(),
                    candidate(2, text).anonymousBy("Lê Thị Kín").build(),
                    candidate(3, SampleSubmissions.withoutDiacritics(text))
                            .by("Trần Thị Bích")
                            .build(),
                    candidate(4, text).by("Nguyễn Văn An").build());

            assertThat(agenda.items())
                    .singleElement()
                    .extracting(AgendaItem::raisedBy)
                    .isEqualTo("Nguyễn Văn An, Trần Thị Bích");
        }

        @Test
        void manyNamesEndWithACount() {
            String text = MATTERS.get(0);
            AgendaCandidate[] candidates = new AgendaCandidate[8];
            for (int i = 0; i < candidates.length; i++) {
                candidates[i] = candidate(i + 1, text).by("Người " + (i + 1)).build();
            }

            assertThat(compile(candidates).items())
                    .singleElement()
                    .extracting(AgendaItem::raisedBy)
                    .isEqualTo("Người 1, Người 2, Người 3, Người 4, Người 5 và 3 người khác");
        }
    }

    @Test
    void countsOpinionsAndIssuesAsTheWardDoes() {
        String text = MATTERS.get(0);
        Agenda agenda = compile(
                candidate(1, text).issues(3).supporters(2).channel("BOT").build(),
                candidate(2, text).issues(1).supporters(5).channel("WRITTEN").build(),
                matter(3).topic(2).issues(2).channel("SPOKEN").in("K2").build(),
                matter(4).topic(2).channel("BOT").in("K2").build());

        Agenda.Counts counts = agenda.counts();
        assertThat(counts.items()).isEqualTo(3);
        assertThat(counts.total()).isEqualTo(new Agenda.Tally(4, 7));
        assertThat(counts.supporters()).isEqualTo(9);
        assertThat(counts.byChannel())
                .containsExactly(
                        Map.entry("BOT", new Agenda.Tally(2, 4)),
                        Map.entry("SPOKEN", new Agenda.Tally(1, 2)),
                        Map.entry("WRITTEN", new Agenda.Tally(1, 1)));
        assertThat(counts.byNeighbourhood())
                .containsExactly(Map.entry("K1", new Agenda.Tally(2, 4)), Map.entry("K2", new Agenda.Tally(2, 3)));
        assertThat(counts.byTopic())
                .containsExactly(Map.entry(1, new Agenda.Tally(2, 4)), Map.entry(2, new Agenda.Tally(2, 3)));
        assertThat(Labels.tally(counts.total())).isEqualTo("4 ý kiến, 7 nội dung");
    }

    @Nested
    class Overrides {

        @Test
        void rewordMoveAndReorderItemsAndReportTheLock() {
            AgendaOverrides overrides = new AgendaOverrides(
                    Map.of(2L, "  Sửa cầu gỗ rạch khóm 3  "), Map.of(3L, 5), List.of(4L, 99L, 2L), true);

            Agenda agenda = compile(
                    overrides,
                    matter(1).topic(1).supporters(9).build(),
                    matter(2).topic(1).supporters(5).build(),
                    matter(3).topic(1).supporters(4).build(),
                    matter(4).topic(1).supporters(1).build());

            assertThat(agenda.locked()).isTrue();
            assertThat(agenda.sections()).extracting(Agenda.Section::topic).containsExactly(1, 5);
            assertThat(primaries(agenda)).containsExactly(4L, 2L, 1L, 3L);
            assertThat(agenda.items().get(1).summary()).isEqualTo("Sửa cầu gỗ rạch khóm 3");
            assertThat(agenda.items().get(3).topic()).isEqualTo(5);
            assertThat(agenda.counts().byTopic()).containsOnlyKeys(1, 5);
        }

        @Test
        void refuseATopicThatDoesNotExist() {
            assertThatThrownBy(() -> new AgendaOverrides(Map.of(), Map.of(1L, 7), List.of(), false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void stampsTheCompileTimeAndCleansTheSummary() {
        Agenda agenda = compile(candidate(1, "  Hẻm 7 \u202Engập nước\u0007  ").build());

        assertThat(agenda.generatedAt()).isEqualTo(CLOCK.instant());
        assertThat(agenda.locked()).isFalse();
        assertThat(agenda.items())
                .singleElement()
                .extracting(AgendaItem::summary)
                .isEqualTo("Hẻm 7 ngập nước");
    }
}
