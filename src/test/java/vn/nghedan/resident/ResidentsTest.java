package vn.nghedan.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.nghedan.support.EndToEndTest;

/** Residents as stored in the real SQLite file, through the plain-SQL rows of the repository. */
class ResidentsTest extends EndToEndTest {

    @Autowired
    Residents residents;

    @Test
    void aResidentIsRegisteredOnceAndReadBackAsWritten() {
        Resident first = residents.findOrRegister(7_700_001, 7_700_001, "Bà\u0000 Năm", "en");
        Resident again = residents.findOrRegister(7_700_001, 7_700_001, "Someone else", "vi");

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getDisplayName()).isEqualTo("Bà Năm");
        assertThat(again.getLanguage())
                .as("Vietnamese first, whatever the phone says")
                .isEqualTo("vi");
        assertThat(again.isRemindersEnabled()).isTrue();
        assertThat(again.hasConsented()).isFalse();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        again.consent(now);
        again.chooseNeighbourhood("K2");
        again.markUnreachable(now);
        residents.save(again);

        Resident read = residents.byTelegramUser(7_700_001).orElseThrow();
        assertThat(read.getConsentedAt()).isEqualTo(now);
        assertThat(read.getNeighbourhoodCode()).isEqualTo("K2");
        assertThat(read.getUnreachableAt()).isEqualTo(now);
        assertThat(read.getChatId()).isEqualTo(7_700_001L);
        assertThat(residents.byId(read.getId()))
                .as("the repository's own mapping reads the same row")
                .hasValueSatisfying(r -> assertThat(r.getNeighbourhoodCode()).isEqualTo("K2"));
    }

    @Test
    void twoChangesFromTheSameReadCannotBothWin() {
        residents.findOrRegister(7_700_002, 7_700_002, "Chú Tư", "vi");
        Resident one = residents.byTelegramUser(7_700_002).orElseThrow();
        Resident other = residents.byTelegramUser(7_700_002).orElseThrow();

        one.chooseNeighbourhood("K1");
        residents.save(one);
        other.chooseNeighbourhood("K3");

        assertThatThrownBy(() -> residents.save(other)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(residents.byTelegramUser(7_700_002).orElseThrow().getNeighbourhoodCode())
                .isEqualTo("K1");
        // The winner can go on changing it: its version followed the write.
        one.switchLanguage("en");
        residents.save(one);
        assertThat(residents.byTelegramUser(7_700_002).orElseThrow().getLanguage())
                .isEqualTo("en");
    }
}
