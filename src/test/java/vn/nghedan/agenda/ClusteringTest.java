package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nghedan.agenda.AgendaFixtures.CLOCK;
import static vn.nghedan.agenda.AgendaFixtures.SESSION;
import static vn.nghedan.agenda.AgendaFixtures.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Near-duplicates in one neighbourhood become one item; different matters never do. */
class ClusteringTest {

    private final AgendaCompiler compiler = new AgendaCompiler();

    private List<AgendaItem> items(List<AgendaCandidate> candidates) {
        return compiler.compile(SESSION, candidates, AgendaOverrides.none(), CLOCK)
                .items();
    }

    @Test
    void everySampleSubmissionIsItsOwnMatter() {
        List<AgendaCandidate> candidates = new ArrayList<>();
        for (SampleSubmissions.Sample sample : SampleSubmissions.all()) {
            candidates.add(candidate(candidates.size() + 1, sample.text())
                    .topic(sample.topic())
                    .build());
        }

        assertThat(items(candidates))
                .hasSize(candidates.size())
                .allSatisfy(i -> assertThat(i.submissions()).isEqualTo(1));
    }

    @Test
    void variantsOfEverySampleJoinTheirOriginal() {
        List<UnaryOperator<String>> variants = List.of(
                SampleSubmissions::withoutDiacritics,
                SampleSubmissions::reordered,
                SampleSubmissions::decomposed,
                SampleSubmissions::shouted,
                SampleSubmissions::withTypo,
                text -> SampleSubmissions.withTypo(
                        SampleSubmissions.withoutDiacritics(SampleSubmissions.reordered(text))));
        List<SampleSubmissions.Sample> samples = SampleSubmissions.all();
        List<AgendaCandidate> candidates = new ArrayList<>();
        for (SampleSubmissions.Sample sample : samples) {
            candidates.add(candidate(candidates.size() + 1, sample.text())
                    .topic(sample.topic())
                    .build());
            for (UnaryOperator<String> variant : variants) {
                candidates.add(candidate(candidates.size() + 1, variant.apply(sample.text()))
                        .topic(sample.topic())
                        .build());
            }
        }

        List<AgendaItem> items = items(candidates);

        assertThat(items).hasSize(samples.size());
        assertThat(items).allSatisfy(item -> assertThat(item.submissions()).isEqualTo(1 + variants.size()));
        assertThat(items)
                .extracting(AgendaItem::summary)
                .containsExactlyInAnyOrderElementsOf(
                        samples.stream().map(SampleSubmissions.Sample::text).toList());
    }

    @Test
    void aClusterIsLedByItsOldestSubmissionAndAddsUpSupport() {
        String text = "Đoạn đường hẻm 12 khóm 1 bị ngập nước mỗi khi mưa lớn, đề nghị phường nạo vét cống thoát nước.";
        List<AgendaCandidate> candidates = List.of(
                candidate(30, SampleSubmissions.withoutDiacritics(text))
                        .daysBeforeCutOff(2)
                        .supporters(4)
                        .topic(5)
                        .build(),
                candidate(31, text).daysBeforeCutOff(9).supporters(2).issues(2).build(),
                candidate(32, "Hẻm 12 bị ngập nước mỗi khi mưa lớn, đề nghị nạo vét cống thoát nước")
                        .daysBeforeCutOff(5)
                        .build());

        assertThat(items(candidates)).singleElement().satisfies(item -> {
            assertThat(item.primaryNumber()).isEqualTo(31);
            assertThat(item.numbers()).containsExactly(30L, 31L, 32L);
            assertThat(item.summary()).isEqualTo(text);
            assertThat(item.topic()).isEqualTo(1);
            assertThat(item.submissions()).isEqualTo(3);
            assertThat(item.supporters()).isEqualTo(7);
            assertThat(item.issues()).isEqualTo(4);
            assertThat(item.firstCreatedAt()).isEqualTo(candidates.get(1).createdAt());
        });
    }

    @Test
    void hundredsOfDistinctVariantsOfOneTextBecomeOneItem() {
        String text = "Bãi đất trống cuối hẻm 7 bị đổ rác thải bừa bãi, bốc mùi hôi, nhiều ruồi muỗi.";
        String[] words = text.split(" ");
        Random random = new Random(7);
        List<AgendaCandidate> candidates = new ArrayList<>();
        for (int number = 1; number <= 600; number++) {
            // one letter dropped from one word of four letters or more, chosen at random
            String[] variant = words.clone();
            int word;
            do {
                word = random.nextInt(variant.length);
            } while (variant[word].length() < 4);
            int letter = random.nextInt(variant[word].length());
            variant[word] = variant[word].substring(0, letter) + variant[word].substring(letter + 1);
            String typed = String.join(" ", variant);
            candidates.add(candidate(number, random.nextBoolean() ? typed : SampleSubmissions.withoutDiacritics(typed))
                    .build());
        }

        assertThat(items(candidates))
                .singleElement()
                .extracting(AgendaItem::submissions)
                .isEqualTo(600);
    }

    @Test
    void theSameTextInTwoNeighbourhoodsIsTwoItems() {
        String text = "Xe thu gom rác đến không đúng giờ, rác để trước nhà cả ngày.";

        List<AgendaItem> items = items(List.of(
                candidate(1, text).in("K1").build(), candidate(2, text).in("K2").build()));

        assertThat(items).extracting(AgendaItem::neighbourhoodCode).containsExactlyInAnyOrder("K1", "K2");
    }

    @Test
    void differentMattersInTheSameStreetStayApart() {
        List<AgendaItem> items = items(List.of(
                candidate(1, "Mặt đường Trần Hưng Đạo đoạn gần chợ có nhiều ổ gà, xe máy đi lại rất nguy hiểm.")
                        .build(),
                candidate(2, "Đường Trần Hưng Đạo đoạn gần chợ không có đèn chiếu sáng, buổi tối rất nguy hiểm.")
                        .build(),
                candidate(3, "Đường Trần Hưng Đạo đoạn gần chợ bị lấn chiếm vỉa hè để buôn bán.")
                        .build(),
                candidate(4, "Đường Trần Hưng Đạo gần chợ nhiều ổ gà").build(),
                candidate(5, "Đường Trần Hưng Đạo gần chợ thiếu đèn").build()));

        assertThat(items).hasSize(5);
    }

    @Test
    void differentNumbersAreDifferentPlaces() {
        List<AgendaItem> items = items(List.of(
                candidate(1, "Đề nghị lắp thêm đèn chiếu sáng tại hẻm 45 vì buổi tối rất tối.")
                        .build(),
                candidate(2, "Đề nghị lắp thêm đèn chiếu sáng tại hẻm 47 vì buổi tối rất tối.")
                        .build(),
                candidate(3, "Đề nghị lắp thêm đèn chiếu sáng tại hẻm 045, khóm 1, vì buổi tối rất tối.")
                        .build()));

        assertThat(items).extracting(AgendaItem::numbers).containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
    }

    @Test
    void textsWithoutContentWordsNeverMerge() {
        assertThat(items(List.of(
                        candidate(1, "Xin hỏi?").build(),
                        candidate(2, "Xin hỏi?").build(),
                        candidate(3, "12").build())))
                .hasSize(3);
    }

    @Test
    void answeredAndOpenSubmissionsOfOneMatterAreSeparateResults() {
        String text = "Cầu gỗ bắc qua rạch khóm 3 đã xuống cấp, ván mục, trẻ em đi học qua lại rất lo.";
        var answer = new AgendaCandidate.Answer(
                "Ông Lê Văn Cường", "AT_SESSION", "Sẽ thay ván trong quý II.", null, null, null);

        Agenda results = compiler.compileResults(
                SESSION,
                List.of(
                        candidate(1, text).answered(answer).build(),
                        candidate(2, text).build()),
                AgendaOverrides.none(),
                CLOCK);

        assertThat(results.items()).extracting(AgendaItem::status).containsExactlyInAnyOrder("ANSWERED", "NEW");
    }
}
