package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The thresholds, on real sentences. */
class MatterSimilarityTest {

    private static final String FLOODING =
            "Đoạn đường hẻm 12 khóm 1 bị ngập nước mỗi khi mưa lớn, đề nghị phường nạo vét cống thoát nước.";

    private final Vocabulary vocabulary = MatterWords.vocabulary();

    private MatterWords matter(String text) {
        return MatterWords.of(text, vocabulary);
    }

    private double similarity(String a, String b) {
        return MatterSimilarity.of(matter(a).words(), matter(b).words(), vocabulary);
    }

    @Test
    void foldingDropsCaseDiacriticsOrderFunctionWordsAndNeighbourhoodNumbers() {
        MatterWords words = matter(SampleSubmissions.decomposed(FLOODING));

        assertThat(words.numbers()).isEqualTo("12");
        assertThat(Arrays.stream(words.words()).mapToObj(vocabulary::word).sorted())
                .containsExactly("cong", "doan", "duong", "hem", "lon", "mua", "nao", "ngap", "nuoc", "thoat", "vet");
        assertThat(matter(SampleSubmissions.reordered(SampleSubmissions.withoutDiacritics(FLOODING))))
                .usingRecursiveComparison()
                .isEqualTo(words);
    }

    @Test
    void typosCountHalfAndStillMatch() {
        // 11 content words; "thaót" is "thoát" with two letters swapped, "ngạp" folds like "ngập"
        assertThat(similarity(FLOODING, FLOODING.replace("thoát", "thaót").replace("ngập", "ngạp")))
                .isCloseTo(10.5 / 11.5, within(1e-9));
        // two typos: "thoát" and "cống" each lose a letter
        assertThat(similarity(FLOODING, FLOODING.replace("thoát", "thoá").replace("cống", "cốg")))
                .isCloseTo(10.0 / 12, within(1e-9));
        // "phường" losing its last letter is no longer a function word: one more word, no typo match
        assertThat(similarity(FLOODING, SampleSubmissions.withTypo(FLOODING)))
                .isCloseTo(11.0 / 12, within(1e-9))
                .isGreaterThanOrEqualTo(MatterSimilarity.SAME_MATTER);
    }

    @Test
    void aParaphraseSharingMostWordsIsTheSameMatter() {
        double score = similarity(FLOODING, "Hẻm 12 bị ngập nước mỗi khi mưa lớn, đề nghị nạo vét cống thoát nước");

        assertThat(score).isCloseTo(9.0 / 11, within(1e-9)).isGreaterThanOrEqualTo(MatterSimilarity.SAME_MATTER);
    }

    @Test
    void theSameStreetWithAnotherProblemIsAnotherMatter() {
        assertThat(similarity(
                        "Mặt đường Trần Hưng Đạo đoạn gần chợ có nhiều ổ gà, xe máy đi lại rất nguy hiểm vào ban đêm.",
                        "Đường Trần Hưng Đạo đoạn gần chợ bị lấn chiếm vỉa hè để buôn bán."))
                .isLessThan(0.5);
        // five shared words ("chợ" folds to the function word "cho"), nhiều/thiếu one letter apart
        assertThat(similarity("Đường Trần Hưng Đạo gần chợ nhiều ổ gà", "Đường Trần Hưng Đạo gần chợ thiếu đèn"))
                .isCloseTo(5.5 / 8.5, within(1e-9))
                .isLessThan(MatterSimilarity.SAME_MATTER);
    }

    @Test
    void aLoneNumberAfterAPlaceWordIsTheNeighbourhoodNotAPlace() {
        assertThat(matter("Hát karaoke to đến khuya ở hẻm 7, tổ 3").numbers()).isEqualTo("7");
        assertThat(Arrays.stream(matter("Hát karaoke to đến khuya").words()).mapToObj(vocabulary::word))
                .contains("to", "karaoke", "khuya");
    }

    @Test
    void onlyLongWordsAbsorbTypos() {
        assertThat(MatterSimilarity.oneTypoApart("thoat", "thoa")).isTrue();
        assertThat(MatterSimilarity.oneTypoApart("thoat", "thaot")).isTrue();
        assertThat(MatterSimilarity.oneTypoApart("nuoc", "nuoi")).isTrue();
        assertThat(MatterSimilarity.oneTypoApart("hem", "hen")).isFalse();
        assertThat(MatterSimilarity.oneTypoApart("nuoc", "nuoc")).isFalse();
        assertThat(MatterSimilarity.oneTypoApart("thoat", "tho")).isFalse();
    }
}
