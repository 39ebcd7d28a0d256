package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Button tokens: unguessable, fit Telegram's callback data, and sort by when they were made. */
class ButtonTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");
    private final Buttons buttons = at(NOW);

    private static Buttons at(Instant instant) {
        return new Buttons(
                null,
                null,
                Clock.fixed(instant, ZoneOffset.UTC),
                JsonMapper.builder().build());
    }

    @Test
    void tokensAreShortUnambiguousAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String token = buttons.token();
            assertThat(token).hasSize(14).matches("[2-9A-HJ-NP-Za-km-z]+");
            assertThat(seen.add(token)).as("a token drawn twice").isTrue();
        }
    }

    @Test
    void aLaterTokenSortsAfterAnEarlierOneByteForByte() {
        List<String> tokens = new ArrayList<>();
        Instant when = NOW;
        for (int step = 0; step < 200; step++) {
            tokens.add(at(when).token());
            when = when.plusSeconds(1 + step * step * 997L);
        }
        List<String> sorted = new ArrayList<>(tokens);
        sorted.sort(String::compareTo);
        assertThat(sorted).isEqualTo(tokens);
    }
}
