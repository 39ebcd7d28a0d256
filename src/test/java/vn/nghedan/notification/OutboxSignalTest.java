package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What a send worker learns from the signal: whether a chat may have a row it has not seen. */
class OutboxSignalTest {

    private final OutboxSignal signal = new OutboxSignal();

    @Test
    void aChatWrittenForAfterTheStampMayHaveMoreOthersNot() {
        long before = signal.stamp();
        signal.writing(List.of(7L, 8L));
        long after = signal.stamp();

        assertThat(signal.writtenSince(7, before)).isTrue();
        assertThat(signal.writtenSince(8, before)).isTrue();
        assertThat(signal.writtenSince(9, before))
                .as("nothing written for chat 9")
                .isFalse();
        assertThat(signal.writtenSince(7, after)).as("nothing written since").isFalse();
    }

    @Test
    void onceTheMarksAreForgottenEveryChatMayHaveMore() {
        long before = signal.stamp();
        signal.writing(LongStream.rangeClosed(1, 50_001).boxed().toList());

        assertThat(signal.writtenSince(1, before)).isTrue();
        assertThat(signal.writtenSince(123_456, before))
                .as("never written for, but the marks were forgotten after the stamp")
                .isTrue();
        assertThat(signal.writtenSince(123_456, signal.stamp())).isFalse();
    }
}
