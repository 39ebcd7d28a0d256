package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nghedan.platform.Texts;

class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary(word -> 0);

    private List<String> words(String text) {
        return Arrays.stream(vocabulary.wordIds(text))
                .mapToObj(vocabulary::word)
                .toList();
    }

    @Test
    void foldsExactlyAsTextsDoes() {
        List<String> texts = new ArrayList<>(List.of(
                "  Hẻm\t12,khóm 1\n\nngập\u00A0nước!!  ",
                "ĐƯỜNG   Trần Hưng Đạo – đoạn gần chợ…",
                "«trích dẫn» (ngoặc) e-mail: a@b.vn 12/3/2026",
                "\u202Eđảo\u202C chiều",
                "",
                "   ",
                "?!"));
        for (SampleSubmissions.Sample sample : SampleSubmissions.all()) {
            texts.add(sample.text());
            texts.add(SampleSubmissions.decomposed(sample.text()));
        }

        assertThat(texts).allSatisfy(text -> assertThat(words(text)).isEqualTo(Texts.words(text)));
    }

    @Test
    void givesEachWordOneIdAcrossTexts() {
        int[] first = vocabulary.wordIds("ngập nước");
        int[] second = vocabulary.wordIds("NƯỚC ngập, ngập");

        assertThat(second).containsExactly(first[1], first[0], first[0]);
        assertThat(vocabulary.size()).isEqualTo(2);
    }

    @Test
    void keepsWorkingAsItsTableGrows() {
        for (int i = 0; i < 20_000; i++) {
            vocabulary.wordIds("số" + i + " hẻm" + i);
        }

        assertThat(words("số7 hẻm19999")).containsExactly("so7", "hem19999");
        assertThat(vocabulary.size()).isEqualTo(40_000);
    }
}
