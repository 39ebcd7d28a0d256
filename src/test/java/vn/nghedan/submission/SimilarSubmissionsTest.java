package vn.nghedan.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.support.EndToEndTest;

/**
 * What a resident is offered as "the same matter" while filing: open submissions of their own
 * neighbourhood, whatever the spelling, best first, at most the number asked for. Each test uses
 * place names no other test writes, since the context (and its database) is shared.
 */
class SimilarSubmissionsTest extends EndToEndTest {

    @Autowired
    Submissions submissions;

    @Test
    void theSameMatterIsFoundWhateverTheCaseDiacriticsPunctuationNormalFormAndWordOrder() {
        long number = file("K3", "Cống thoát nước đường Phan Bội Châu bị nghẹt, mưa là ngập cả đoạn");
        String typed = Normalizer.normalize(
                "MƯA LÀ NGẬP CẢ ĐOẠN!!! cong thoat nuoc duong phan boi chau bi nghet", Normalizer.Form.NFD);

        assertThat(numbers(submissions.similarSummaries("K3", typed, 3))).contains(number);
        // The console's variant finds the same, as whole submissions.
        assertThat(submissions.similar("K3", typed, 3))
                .extracting(Submission::number)
                .contains(number);
        // đ and Đ fold to d like any other letter with a mark.
        assertThat(numbers(submissions.similarSummaries("K3", "doan PHAN BỘI CHÂU ngập, cống Đường nghẹt", 3)))
                .contains(number);
    }

    @Test
    void anotherNeighbourhoodsMatterIsNotOffered() {
        long number = file("K2", "Trụ điện nghiêng trước chợ Cái Sơn sắp đổ, xin kiểm tra gấp");

        assertThat(numbers(submissions.similarSummaries("K2", "trụ điện chợ Cái Sơn nghiêng sắp đổ", 3)))
                .contains(number);
        assertThat(numbers(submissions.similarSummaries("K4", "trụ điện chợ Cái Sơn nghiêng sắp đổ", 3)))
                .doesNotContain(number);
    }

    @Test
    void aClosedMatterIsNotOfferedUntilItIsReopened() {
        String text = "Sân bóng cạnh đình Tân Vĩnh Hòa bị lấn chiếm làm bãi giữ xe";
        long number = file("K5", text);
        assertThat(numbers(submissions.similarSummaries("K5", text, 3))).contains(number);

        submissions.reject(number, "Đã giải quyết tại buổi trước", "admin");
        assertThat(numbers(submissions.similarSummaries("K5", text, 3))).doesNotContain(number);

        submissions.reopen(number, "admin");
        assertThat(numbers(submissions.similarSummaries("K5", text, 3))).contains(number);
    }

    @Test
    void atMostTheNumberAskedForBestFirst() {
        String exact = "Đèn đường hẻm Mỹ Phú Đông tắt cả tuần, ban đêm tối om";
        long best = file("K1", exact);
        file("K1", "Đèn đường hẻm Mỹ Phú Đông tắt mấy hôm nay");
        file("K1", "Hẻm Mỹ Phú Đông đèn đường tắt, tối om");
        file("K1", "Đèn hẻm Mỹ Phú Đông hư, ban đêm tối");

        List<SubmissionSummary> found = submissions.similarSummaries("K1", exact, 3);

        assertThat(found).hasSize(3);
        assertThat(found.get(0).number()).isEqualTo(best);
        assertThat(found.get(0).reference()).isEqualTo("#" + best);
        assertThat(found.get(0).text()).isEqualTo(exact);
    }

    /**
     * A lookup tries the query's rarest words, and only the newest postings of each: a matter
     * named by rare words is found even behind hundreds of newer submissions sharing its common
     * words. The counts must follow filings made after the neighbourhood's first lookup.
     */
    @Test
    void rareWordsFindAnOlderMatterBehindManyNewerOnesSharingItsCommonWords() {
        String common = "Rác thải sinh hoạt đổ bừa bãi ven kênh, bốc mùi hôi thối";
        submissions.similarSummaries("K4", common, 3); // the neighbourhood's counts are read now
        long older = file("K4", common + " ở cầu Xẻo Mát gần lò gạch Bảy Thạnh");
        for (int i = 0; i < 250; i++) {
            file("K4", common + " đoạn số " + (1000 + i));
        }

        List<SubmissionSummary> found =
                submissions.similarSummaries("K4", "lò gạch Bảy Thạnh cầu Xẻo Mát, rác thải đổ ven kênh hôi thối", 3);

        assertThat(numbers(found)).contains(older);
    }

    private long file(String neighbourhood, String text) {
        return submissions.file(written(neighbourhood, text)).number();
    }

    /** A written complaint handed in at the ward office, without a resident account. */
    static NewSubmission written(String neighbourhood, String text) {
        return new NewSubmission(
                null,
                neighbourhood,
                Kind.COMPLAINT,
                1,
                text,
                false,
                Channel.WRITTEN,
                "Cư dân",
                null,
                null,
                null,
                List.of(),
                null,
                "office");
    }

    private static List<Long> numbers(List<SubmissionSummary> found) {
        return found.stream().map(SubmissionSummary::number).toList();
    }
}
