package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.resident.Residents;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.support.Chat;
import vn.nghedan.support.ProvinceTest;

/** One bot for a province of eleven wards: the resident finds their ward by typing part of its name. */
class ProvinceOnboardingEndToEndTest extends ProvinceTest {

    @Autowired
    Residents residents;

    private Chat consented(String name) {
        Chat chat = newResident(name);
        chat.send("/start");
        chat.expect("Nghị định 13/2023");
        chat.press("✅ Tôi đồng ý");
        return chat;
    }

    @Test
    void typingPartOfTheNameWithoutDiacriticsFindsTheWardThenItsKhom() {
        Chat lan = consented("Cô Lan");
        lan.expect("phường (xã) nào");

        lan.send("an hoa");
        SentMessage khom = lan.expect("khóm nào của Phường An Hòa");
        assertThat(khom.labels()).contains("Khóm 1", "Khóm Hòa Khánh").doesNotContain("Khóm 3");
        lan.press("Khóm Hòa Khánh");
        lan.expect("bà con ở Khóm Hòa Khánh, Phường An Hòa");
        lan.expect("Chào mừng");

        assertThat(residents.byTelegramUser(lan.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("AH.K2");
    }

    @Test
    void severalMatchesAreOfferedAsButtonsAndNoMatchIsSaidPolitely() {
        Chat ba = consented("Chú Ba");
        ba.expect("phường (xã) nào");

        ba.send("xyz khong co");
        ba.expect("Không tìm thấy phường (xã) nào có tên \"xyz khong co\"");

        ba.send("TAN");
        SentMessage matches = ba.expect("phường (xã) khớp");
        assertThat(matches.labels()).contains("Phường Tân Quy Đông", "Xã Tân Khánh Đông", "Xã Tân Phú Đông");
        ba.press("Xã Tân Khánh Đông");
        ba.expect("khóm nào của Xã Tân Khánh Đông");
        ba.press("Ấp 1");
        ba.expect("Chào mừng");
        assertThat(residents.byTelegramUser(ba.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("TKD.A1");
    }

    @Test
    void justTheNumberFindsPhuong4AndTheSameKhomCodeStaysApartByWard() {
        Chat tu = consented("Anh Tư");
        tu.send("4");
        SentMessage khom = tu.expect("khóm nào của Phường 4");
        assertThat(khom.labels()).contains("Khóm 1", "Khóm 2", "Khóm 3", "↩ Chọn phường khác");
        tu.press("Khóm 1");
        tu.expect("Khóm 1, Phường 4");
        assertThat(residents.byTelegramUser(tu.id()).orElseThrow().getNeighbourhoodCode())
                .as("the first ward's khóm keep their codes as keys")
                .isEqualTo("K1");

        // Moving house to another ward: /khom asks the ward again.
        tu.send("/khom");
        tu.expect("phường (xã) nào");
        tu.send("Phường An Hòa");
        tu.press("Khóm 1");
        tu.expect("Khóm 1, Phường An Hòa");
        assertThat(residents.byTelegramUser(tu.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("AH.K1");
    }

    @Test
    void theDeepLinkCarriesWardAndKhom() {
        Chat nam = newResident("Bác Năm");
        nam.send("/start AH_K1");
        nam.expect("Nghị định 13/2023");
        nam.press("✅ Tôi đồng ý");
        nam.expect("bà con ở Khóm 1, Phường An Hòa");
        assertThat(residents.byTelegramUser(nam.id()).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("AH.K1");

        // A poster printed when the deployment had one ward (/start K1) still leads to its khóm.
        Chat bay = newResident("Anh Bảy");
        bay.send("/start K2");
        bay.expect("Nghị định 13/2023");
        bay.press("✅ Tôi đồng ý");
        bay.expect("bà con ở Khóm 2, Phường 4");

        // An unknown code is said politely, and the ward is asked.
        Chat sau = newResident("Chị Sáu");
        sau.send("/start K9");
        sau.expect("Không có khóm mang mã \"K9\"");
        sau.expect("Nghị định 13/2023");
        sau.press("✅ Tôi đồng ý");
        sau.expect("phường (xã) nào");
    }
}
