package vn.nghedan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Times as SQLite text: fixed width, sortable, read back to the millisecond, as the formatter did. */
class DbTimeTest {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void textIsWhatTheFormatterWroteAndReadsBackToTheMillisecond() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_800L), random.nextInt(1_000_000_000));
            String text = DbTime.text(t);
            assertThat(text).isEqualTo(ISO_MILLIS.format(t)).hasSize(24);
            assertThat(DbTime.parse(text)).isEqualTo(t.truncatedTo(ChronoUnit.MILLIS));
        }
        Instant leapDay = Instant.parse("2028-02-29T23:59:59.999Z");
        assertThat(DbTime.text(leapDay)).isEqualTo("2028-02-29T23:59:59.999Z");
        assertThat(DbTime.text(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Test
    void otherIsoFormsAndOddTextAreReadAsBefore() {
        assertThat(DbTime.parse("2026-12-05T01:02:03Z")).isEqualTo(Instant.parse("2026-12-05T01:02:03Z"));
        assertThat(DbTime.parse("2026-12-05T01:02:03.123456Z")).isEqualTo(Instant.parse("2026-12-05T01:02:03.123456Z"));
        assertThat(DbTime.parse(null)).isNull();
        assertThat(DbTime.text(null)).isNull();
        assertThatThrownBy(() -> DbTime.parse("2026-13-05T01:02:03.000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> DbTime.parse("2026-1x-05T01:02:03.000Z")).isInstanceOf(DateTimeException.class);
    }
}
