package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReminderOffsetsTest {

    @Test
    void readsDaysHoursAndMinutesLargestFirstToleratingSpacesAndCase() {
        assertThat(ReminderOffsets.parse(" 2h, 7d ,1D12h,90 m,2h").all())
                .containsExactly(
                        new ReminderOffsets.Offset("7d", Duration.ofDays(7)),
                        new ReminderOffsets.Offset("1d12h", Duration.ofHours(36)),
                        new ReminderOffsets.Offset("2h", Duration.ofHours(2)),
                        new ReminderOffsets.Offset("90m", Duration.ofMinutes(90)));
        assertThat(ReminderOffsets.parse("").all()).isEmpty();
    }

    @Test
    void refusesWhatItCannotRead() {
        for (String bad : new String[] {"7x", "7", "d", "-1d", "1.5h", "0h", "7d;1d"}) {
            assertThatThrownBy(() -> ReminderOffsets.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NGHEDAN_REMINDERS_BEFORE");
        }
    }

    @Test
    void aBadSettingStopsTheStartWithTheReason() {
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class)
                .withPropertyValues("nghedan.reminders.before=7d,1x")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("NGHEDAN_REMINDERS_BEFORE")
                        .hasMessageContaining("'1x' is not an offset"));
    }

    @Test
    void officialIdsSkipWhatIsNotANumber() {
        assertThat(OfficialChats.parse(" 9001, 9002,,9001 ")).containsExactly(9001L, 9002L);
        // A typo must not stop the app: the bad entry is skipped, the good ones still count.
        assertThat(OfficialChats.parse("9001,@ward_admin")).containsExactly(9001L);
    }

    @EnableConfigurationProperties(ReminderProperties.class)
    static class Settings {}
}
