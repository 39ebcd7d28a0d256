package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramIdsTest {

    @Test
    void idsAreReadInOrderOnceEachWhateverTheSeparator() {
        TelegramIds.Parsed parsed = TelegramIds.parse(" 9001, 9002;9003\t9004\n9001 ,, ");

        assertThat(parsed.ids()).containsExactly(9001L, 9002L, 9003L, 9004L);
        assertThat(parsed.skipped()).isEmpty();
    }

    @Test
    void whatIsNotAPositiveIdIsSkippedAndNamed() {
        TelegramIds.Parsed parsed = TelegramIds.parse("12, @ward_admin, -3, 0, 9999999999999999999, 45");

        assertThat(parsed.ids()).containsExactly(12L, 45L);
        assertThat(parsed.skipped()).containsExactly("@ward_admin", "-3", "0", "9999999999999999999");
    }

    @Test
    void nothingConfiguredIsNoIds() {
        assertThat(TelegramIds.parse(null).ids()).isEmpty();
        assertThat(TelegramIds.parse("").ids()).isEmpty();
        assertThat(TelegramIds.parse("  ").skipped()).isEmpty();
    }
}
