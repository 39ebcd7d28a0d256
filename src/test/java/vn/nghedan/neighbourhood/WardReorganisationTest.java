package vn.nghedan.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import vn.nghedan.platform.InvalidInputException;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.resident.Residents;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.Chat;
import vn.nghedan.support.Filing;
import vn.nghedan.support.ProvinceTest;

/**
 * Wards merge and are renamed (as in 2025): a khóm moves with its people and history, old codes
 * keep working, residents are told once. Uses Phường 1, 2 and 3 of the test province, which no
 * other test touches.
 */
class WardReorganisationTest extends ProvinceTest {

    @Autowired
    WardAdministration administration;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Autowired
    Residents residents;

    @Autowired
    Submissions submissions;

    @Autowired
    ApplicationEventPublisher events;

    private Chat onboardedBy(String deepLink, String name) {
        Chat chat = newResident(name);
        chat.send("/start " + deepLink);
        chat.expect("Nghị định 13/2023");
        chat.press("✅ Tôi đồng ý");
        chat.expect("Chào mừng");
        return chat;
    }

    @Test
    void aKhomMovesWithItsResidentsAndSubmissionsAndItsOldCodesStillWork() throws Exception {
        Chat hai = onboardedBy("P2_K1", "Ông Hai");
        long number = Filing.fileQuickly(hai, "Đèn đường hẻm 5 khóm 1 phường 2 không sáng");

        Neighbourhood moved = administration.move("P2.K1", "P3", "K7");

        assertThat(moved.ward()).isEqualTo("P3");
        assertThat(moved.localCode()).isEqualTo("K7");
        assertThat(neighbourhoods.find("P3", "K7")).contains(moved);
        assertThat(neighbourhoods.find("P2", "K1")).as("the old ward and code").contains(moved);
        assertThat(residents.byTelegramUser(hai.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("P2.K1");
        assertThat(submissions.find(number).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("P2.K1");
        assertThat(neighbourhoods.wardOf("P2.K1").code()).isEqualTo("P3");

        hai.expect("từ nay Phường 2 nơi bà con ở thuộc Phường 3");
        // Told once, however often the change is announced again.
        events.publishEvent(new WardChanged(List.of("P2.K1"), "Phường 3", "Phường 2", "moved:P2.K1:P3"));
        assertThat(hai.quietFor(Duration.ofSeconds(2))).isEmpty();

        // A poster printed before the move still leads to the khóm.
        Chat ba = onboardedBy("P2_K1", "Bà Ba");
        assertThat(residents.byTelegramUser(ba.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("P2.K1");
        assertThat(ba.messages().stream()
                        .anyMatch(m -> m.text() != null && m.text().contains("Khóm 1, Phường 3")))
                .isTrue();
    }

    @Test
    void aWardMergesIntoAnotherAndItsOldCodeFindsTheNewOne() {
        Chat mot = onboardedBy("P1_K1", "Cô Một");

        administration.merge("P1", "P3");

        assertThat(neighbourhoods.ward("P1").orElseThrow().code()).isEqualTo("P3");
        assertThat(neighbourhoods.wards()).extracting(WardProfile::code).doesNotContain("P1");
        // P3 had a K1 of its own: the newcomer keeps its key and gets a code that says where it came from.
        assertThat(neighbourhoods.byCode("P1.K1").orElseThrow().localCode()).isEqualTo("P1K1");
        assertThat(neighbourhoods.find("P1", "K1").orElseThrow().code()).isEqualTo("P1.K1");
        mot.expect("từ nay Phường 1 nơi bà con ở thuộc Phường 3");
    }

    @Test
    void aRenamedWardIsNamedSoInItsNoticeAndIsFoundByItsFormerName() throws Exception {
        Chat nam = onboardedBy("MA_K1", "Bác Năm");

        administration.edit("MA", new WardAdministration.WardEdit("Phường Mỹ Phú Mới", null, null, null, null));

        nam.expect("Phường Mỹ Phú nay mang tên mới là Phường Mỹ Phú Mới");
        assertThat(nam.quietFor(Duration.ofSeconds(1))).isEmpty();
        assertThat(neighbourhoods.ward("MA").orElseThrow().issuingBody())
                .as("the heading is the admin's to change")
                .isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG MỸ PHÚ");
        assertThat(neighbourhoods.searchWards("my phu moi"))
                .extracting(WardProfile::code)
                .containsExactly("MA");
    }

    @Test
    void nonsenseIsRefusedAndANewKhomGetsAKeyOfItsWard() {
        assertThatThrownBy(() -> administration.move("P3.K1", "P3", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> administration.move("P3.K1", "ZZ", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.addNeighbourhood("P3", "K 1!", "Khóm"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> administration.addNeighbourhood("P3", "K1", "Khóm 1 bis"))
                .isInstanceOf(InvalidInputException.class);
        Neighbourhood added = administration.addNeighbourhood("P3", "K20", "Khóm 20");
        assertThat(added.code()).isEqualTo("P3.K20");
        assertThat(neighbourhoods.find("P3", "k20")).contains(added);
    }
}
