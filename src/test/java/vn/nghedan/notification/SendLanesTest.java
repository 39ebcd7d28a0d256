package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.nghedan.notification.SendLanes.Entry;

/** What the send workers pick next, on a clock the test moves. */
class SendLanesTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SendLanes lanes = new SendLanes(3, now::get);

    /** Rows found by a read that finished at once (no row was done meanwhile). */
    private int add(List<Entry> entries) {
        long read = lanes.beginRead();
        try {
            return lanes.addAll(entries, read);
        } finally {
            lanes.endRead(read);
        }
    }

    private int addInOrder(List<Entry> entries, long[] newestRead, boolean[] leftOut) {
        long read = lanes.beginRead();
        try {
            return lanes.addInOrder(entries, newestRead, leftOut, read);
        } finally {
            lanes.endRead(read);
        }
    }

    private static Entry reply(long id, long chat) {
        return new Entry(id, chat, Lane.REPLY);
    }

    private static Entry ownMatter(long id, long chat) {
        return new Entry(id, chat, Lane.OWN_MATTER);
    }

    private static Entry broadcast(long id, long chat) {
        return new Entry(id, chat, Lane.BROADCAST);
    }

    @Test
    void aReplyGoesBeforeANoticeAndANoticeBeforeABroadcastReadEarlier() {
        add(List.of(broadcast(1, 10), broadcast(2, 11), ownMatter(3, 12), reply(4, 13)));

        assertThat(lanes.next()).isEqualTo(reply(4, 13));
        assertThat(lanes.next()).isEqualTo(ownMatter(3, 12));
        assertThat(lanes.next()).isEqualTo(broadcast(1, 10));
        assertThat(lanes.next()).isEqualTo(broadcast(2, 11));
        assertThat(lanes.next()).isNull();
    }

    @Test
    void aChatBeingSentToWaitsUntilThatSendIsDoneWhateverTheLane() {
        add(List.of(broadcast(1, 10), reply(2, 10), reply(3, 11)));

        Entry first = lanes.next();
        assertThat(first).isEqualTo(reply(2, 10));
        assertThat(lanes.next())
                .as("the other chat's reply, not chat 10's broadcast")
                .isEqualTo(reply(3, 11));
        assertThat(lanes.next()).isNull();

        lanes.done(first);
        assertThat(lanes.next()).isEqualTo(broadcast(1, 10));
    }

    @Test
    void aBroadcastKeepsASecondAfterTheChatsLastMessageAndIsPassedOverMeanwhile() throws InterruptedException {
        lanes.sentTo(10);
        add(List.of(broadcast(1, 10), broadcast(2, 11)));

        assertThat(lanes.next()).isEqualTo(broadcast(2, 11));
        assertThat(lanes.next()).isNull();
        assertThat(lanes.awaitReady(0)).isFalse();

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertThat(lanes.next()).isNull();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(lanes.awaitReady(0)).isTrue();
        assertThat(lanes.next()).isEqualTo(broadcast(1, 10));
    }

    @Test
    void aReplyMayFollowAtOnceANoticeMayNot() {
        lanes.sentTo(10);
        lanes.sentTo(11);
        add(List.of(ownMatter(1, 10), reply(2, 11)));

        assertThat(lanes.next()).isEqualTo(reply(2, 11));
        assertThat(lanes.next()).isNull();
        now.addAndGet(SendLanes.SPACING);
        assertThat(lanes.next()).isEqualTo(ownMatter(1, 10));
    }

    @Test
    void aFullLaneTakesNoMoreButLeavesRoomInTheOthersAndARowIsHeldOnce() {
        assertThat(add(List.of(broadcast(1, 10), broadcast(2, 11), broadcast(3, 12), broadcast(4, 13))))
                .isEqualTo(3);
        assertThat(lanes.room(Lane.BROADCAST)).isZero();
        assertThat(add(List.of(reply(5, 14), reply(5, 14), broadcast(1, 10)))).isEqualTo(1);
        assertThat(lanes.held()).isEqualTo(4);
    }

    @Test
    void theDispatchersMarkPassesRowsAlreadyHereAndStopsAtTheFirstLeftOutForRoom() {
        // A full round found rows 5 and 6 (ids above the quick rounds' mark of 0).
        add(List.of(reply(5, 10), reply(6, 11)));
        assertThat(lanes.toRead(Lane.REPLY, 0))
                .as("one row of room, and the two already here, which are read again")
                .isEqualTo(3);

        long[] newestRead = new long[Lane.values().length];
        boolean[] leftOut = new boolean[Lane.values().length];
        int added = addInOrder(List.of(reply(5, 10), reply(6, 11), reply(7, 12), reply(8, 13)), newestRead, leftOut);

        assertThat(added).isEqualTo(1);
        assertThat(newestRead[Lane.REPLY.ordinal()])
                .as("past 5 and 6 (here already) and 7 (added), not past 8 (no room)")
                .isEqualTo(7);
        assertThat(leftOut[Lane.REPLY.ordinal()]).isTrue();
        assertThat(leftOut[Lane.BROADCAST.ordinal()]).isFalse();
        assertThat(lanes.toRead(Lane.REPLY, 7))
                .as("no room, nothing newer here")
                .isZero();

        Entry sending = lanes.next();
        assertThat(lanes.toRead(Lane.REPLY, 7))
                .as("the row taken frees room; a row being sent may be read again")
                .isEqualTo(2);
        lanes.done(sending);
        assertThat(lanes.toRead(Lane.REPLY, 7)).isEqualTo(1);
    }

    /**
     * A reply read whole is sent without asking the database again, so a read that began before
     * the reply was finished (and may have seen it still pending) must not hand it out a second
     * time; a read begun after it was finished (the row is pending again: retried) may.
     */
    @Test
    void aRowFinishedDuringAReadIsNotAddedAgainFromThatRead() {
        add(List.of(reply(1, 10)));
        long before = lanes.beginRead();
        Entry sent = lanes.next();
        lanes.done(sent);

        assertThat(lanes.addAll(List.of(reply(1, 10), reply(2, 11)), before))
                .as("only the row it did not know finished")
                .isEqualTo(1);
        long[] newestRead = new long[Lane.values().length];
        boolean[] leftOut = new boolean[Lane.values().length];
        assertThat(lanes.addInOrder(List.of(reply(1, 10)), newestRead, leftOut, before))
                .isZero();
        assertThat(newestRead[Lane.REPLY.ordinal()])
                .as("passed, as a row here already")
                .isEqualTo(1);

        long after = lanes.beginRead();
        lanes.endRead(before);
        assertThat(lanes.addAll(List.of(reply(1, 10)), after))
                .as("read after it finished: pending again, so sent again")
                .isEqualTo(1);
        lanes.endRead(after);
    }
}
