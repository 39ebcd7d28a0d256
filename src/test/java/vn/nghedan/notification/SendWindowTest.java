package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The send ceiling's guarantee: no window of one second holds more than the ceiling, whether
 * one counts the requests where they start, where they arrive or where they end, however long
 * a worker stalls between its permit and its request; and the ceiling is used to ≥ 95 %.
 */
class SendWindowTest {

    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000 * MS;

    /** What a simulated worker does between two sends, in nanoseconds. */
    private record Behaviour(long maxStall, long minRoundTrip, long maxRoundTrip, long maxPause) {}

    /** One request as seen from three places. */
    private record Request(long start, long arrival, long end) {}

    @Test
    void onAQuickLinkTheCeilingIsUsedToAtLeast95PercentAndNeverExceeded() {
        // Loopback to the stand-in: up to 2 ms waiting for the CPU, 2-15 ms round trips.
        List<Request> requests =
                simulate(25, 4, new Behaviour(2 * MS, 2 * MS, 15 * MS, 3 * MS), Duration.ofSeconds(6), 1);

        assertThat(mostInAnySecond(requests, Request::start)).isEqualTo(25);
        assertThat(mostInAnySecond(requests, Request::arrival)).isEqualTo(25);
        assertThat(mostInAnySecond(requests, Request::end)).isEqualTo(25);
        // Over 4 s past the opening burst: at least 95 % of 4 × 25.
        long steady = requests.stream()
                .filter(r -> r.start() >= 2 * SECOND && r.start() < 6 * SECOND)
                .count();
        assertThat(steady).isGreaterThanOrEqualTo(95);
    }

    @Test
    void workersStallingBetweenPermitAndRequestNeverPushAWindowOverTheCeiling() {
        for (int seed = 1; seed <= 20; seed++) {
            // A loaded machine: stalls up to 400 ms after the permit, round trips of 1-300 ms,
            // 16 workers competing.
            List<Request> requests =
                    simulate(25, 16, new Behaviour(400 * MS, MS, 300 * MS, 50 * MS), Duration.ofSeconds(30), seed);

            assertThat(mostInAnySecond(requests, Request::start))
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(25);
            assertThat(mostInAnySecond(requests, Request::arrival))
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(25);
            assertThat(mostInAnySecond(requests, Request::end))
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(25);
            assertThat(requests.size()).as("seed %d", seed).isGreaterThan(30 * 15);
        }
    }

    @Test
    void realThreadsThatSleepMidRequestStayWithinTheCeiling() throws InterruptedException {
        SendWindow window = new SendWindow(20);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Long> ends = Collections.synchronizedList(new ArrayList<>());
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < until) {
                        window.start();
                        try {
                            starts.add(System.nanoTime());
                            Thread.sleep(ThreadLocalRandom.current().nextInt(30));
                            ends.add(System.nanoTime());
                        } finally {
                            window.finished();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }

        assertThat(mostInAnySecond(starts)).isEqualTo(20);
        assertThat(mostInAnySecond(ends)).isEqualTo(20);
        assertThat(starts.size()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aPermitComesBackOneWindowAfterItsRequestEnded() {
        SendWindow window = new SendWindow(2, Duration.ofSeconds(1), () -> 0);
        assertThat(window.tryStart(0)).isZero();
        assertThat(window.tryStart(0)).isZero();
        assertThat(window.tryStart(10 * MS)).as("both under way").isEqualTo(Long.MAX_VALUE);
        window.finished(300 * MS);
        assertThat(window.tryStart(400 * MS)).isEqualTo(900 * MS);
        assertThat(window.tryStart(1_300 * MS)).isZero();
    }

    /**
     * Starts are spread a window / ceiling apart: a broadcast at the ceiling no longer takes every
     * permit in one burst (and gets them back together a window later), so the next start — which
     * goes to a reply that came meanwhile — is never more than one spacing away.
     */
    @Test
    void startsAreSpreadSoTheNextOneIsNeverFarAway() {
        SendWindow window = new SendWindow(25, Duration.ofSeconds(1), Duration.ofMillis(40), () -> 0);
        assertThat(window.tryStart(0)).isZero();
        assertThat(window.tryStart(0)).as("a burst waits for the spacing").isEqualTo(40 * MS);
        assertThat(window.tryStart(25 * MS)).isEqualTo(15 * MS);
        assertThat(window.tryStart(40 * MS)).isZero();
        window.finished(50 * MS);
        window.finished(60 * MS);

        // A greedy sender for two seconds: every start at least 40 ms after the one before.
        List<Long> starts = new ArrayList<>(List.of(0L, 40 * MS));
        long now = 41 * MS;
        while (now < 2_000 * MS) {
            long wait = window.tryStart(now);
            if (wait == 0) {
                starts.add(now);
                window.finished(now + 5 * MS);
            } else {
                now += wait;
            }
        }
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(40 * MS);
        }
        assertThat(mostInAnySecond(starts)).isLessThanOrEqualTo(25);
        assertThat(starts.size()).as("the ceiling is still reached").isGreaterThanOrEqualTo(48);
    }

    // --- a discrete-event simulation of the relay's workers on a fake clock --------------------

    private static List<Request> simulate(int ceiling, int workers, Behaviour b, Duration length, long seed) {
        Random random = new Random(seed);
        SendWindow window = new SendWindow(ceiling, SendWindow.WINDOW, () -> {
            throw new AssertionError("the simulation passes its own time");
        });
        record Step(long at, int worker, boolean finishing, long start) {}
        PriorityQueue<Step> steps = new PriorityQueue<>((x, y) -> Long.compare(x.at(), y.at()));
        List<Integer> waitingForAFinish = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            steps.add(new Step(0, w, false, 0));
        }
        long end = length.toNanos();
        while (!steps.isEmpty()) {
            Step step = steps.poll();
            long now = step.at();
            if (step.finishing()) {
                long arrival = step.start() + (long) (random.nextDouble() * (now - step.start()));
                requests.add(new Request(step.start(), arrival, now));
                window.finished(now);
                for (int w : waitingForAFinish) {
                    steps.add(new Step(now, w, false, 0));
                }
                waitingForAFinish.clear();
                if (now < end) {
                    steps.add(new Step(now + nanos(random, 0, b.maxPause()), step.worker(), false, 0));
                }
                continue;
            }
            long wait = window.tryStart(now);
            if (wait == Long.MAX_VALUE) {
                waitingForAFinish.add(step.worker());
            } else if (wait > 0) {
                steps.add(new Step(now + wait, step.worker(), false, 0));
            } else {
                long start = now + nanos(random, 0, b.maxStall());
                long finish = start + nanos(random, b.minRoundTrip(), b.maxRoundTrip());
                steps.add(new Step(finish, step.worker(), true, start));
            }
        }
        return requests;
    }

    private static long nanos(Random random, long min, long max) {
        return min + (long) (random.nextDouble() * (max - min));
    }

    private static int mostInAnySecond(List<Request> requests, java.util.function.ToLongFunction<Request> at) {
        return mostInAnySecond(requests.stream().map(at::applyAsLong).toList());
    }

    /** The most events less than a second apart from the first of them, as the benchmark counts. */
    private static int mostInAnySecond(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        int most = 0;
        int first = 0;
        for (int last = 0; last < sorted.size(); last++) {
            while (sorted.get(last) - sorted.get(first) >= SECOND) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
