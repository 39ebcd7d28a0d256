package vn.nghedan.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.Role;

/** Who the bot treats as an official: ids from ADMIN_TELEGRAM_IDS and accounts linked to Telegram. */
class OfficialDirectoryTest extends ApiTestSupport {

    @Autowired
    OfficialDirectory directory;

    @Test
    void idsFromTheSettingsAreWardAdminsAndGarbageIsSkipped() {
        // the test settings read "5001, not-a-number,,5002"
        assertThat(directory.isOfficial(5001)).isTrue();
        assertThat(directory.isOfficial(5002)).isTrue();
        assertThat(directory.isOfficial(5003)).isFalse();
        assertThat(directory.neighbourhoodsOf(5001)).containsExactly("K1", "K2", "K3");
        assertThat(directory.neighbourhoodsOf(5003)).isEmpty();
    }

    @Test
    void theListToleratesBlanksSpacesAndNonsense() {
        assertThat(OfficialDirectory.parseIds("")).isEmpty();
        assertThat(OfficialDirectory.parseIds("  12, abc ,, -3 ;45\t 0, 9999999999999999999 "))
                .containsExactlyInAnyOrder(12L, 45L);
    }

    @Test
    void anAccountLinkedToTelegramIsAnOfficialForItsNeighbourhoods() {
        long headId = 7_000_000_000L + System.nanoTime() % 1_000_000;
        long viewerId = headId + 1;
        accounts.open(
                new NewAccount(
                        "truong-khom-" + headId,
                        "mật khẩu đủ dài",
                        "Trưởng khóm 2",
                        Role.NEIGHBOURHOOD_HEAD,
                        Set.of("K2"),
                        headId,
                        null),
                TestOfficials.operator("test"));
        accounts.open(
                new NewAccount("mttq-" + viewerId, "mật khẩu đủ dài", null, Role.VIEWER, Set.of(), viewerId, null),
                TestOfficials.operator("test"));

        assertThat(directory.isOfficial(headId)).isTrue();
        assertThat(directory.neighbourhoodsOf(headId)).containsExactly("K2");
        assertThat(directory.neighbourhoodsOf(viewerId)).containsExactlyInAnyOrder("K1", "K2", "K3");
    }
}
