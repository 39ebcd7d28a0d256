package vn.nghedan.submission;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.support.FilingCrowd;

/**
 * The similar-submission lookup with 100,000 submissions in one neighbourhood (target: p99 ≤ 5 ms),
 * on the real SQLite file with synchronous=FULL, through {@link Submissions#similarSummaries} (what
 * the bot calls while a resident files); the index alone and {@link Submissions#similar} (whole
 * aggregates, for the console) are printed beside it.
 *
 * <p>Run: {@code mvn -B -Pbenchmark verify -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=SimilarityBenchmark} (optional {@code -Dbench.db=/tmp/similar.db} to keep the filled database).
 */
@SpringBootTest(properties = {"nghedan.telegram.token=", "nghedan.admin.password=benchmark"})
class SimilarityBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        // -Dbench.db=/tmp/similar.db keeps the filled database for the next run, which then only
        // measures (filing 100,000 submissions takes minutes here).
        String kept = System.getProperty("bench.db");
        Path db = kept != null
                ? Path.of(kept)
                : Files.createTempDirectory("nghedan-similarity").resolve("bench.db");
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + db);
    }

    @Autowired
    Submissions submissions;

    @Autowired
    SimilarityIndex index;

    @Autowired
    TransactionTemplate tx;

    @Test
    void lookupStaysFastWithOneHundredThousandSubmissions() throws Exception {
        int total = Integer.getInteger("bench.submissions", 100_000);
        List<String> samples = FilingCrowd.sampleTexts();
        Random random = new Random(42);
        long begin = System.nanoTime();
        int already = (int) submissions.count();
        for (int done = already; done < total; ) {
            int batch = Math.min(2000, total - done);
            int from = done;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < batch; i++) {
                    submissions.file(SimilarSubmissionsTest.written("K1", variant(samples, random, from + i)));
                }
            });
            done += batch;
        }
        double fileSeconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf(
                "bench.similar.filed=%d in %.1f s (%.0f/s, batches of 2000 per transaction; %d were there)%n",
                total - already, fileSeconds, (total - already) / fileSeconds, already);

        Map<String, Function<String, List<?>>> lookups = new LinkedHashMap<>();
        // The headline figure: what the bot calls while a resident files. Then the index alone
        // (numbers only), and the console's call, which loads whole aggregates with their history.
        lookups.put("bench.similar", query -> submissions.similarSummaries("K1", query, 3));
        lookups.put("bench.similar.index_only", query -> index.similar("K1", query, 3));
        lookups.put("bench.similar.aggregates", query -> submissions.similar("K1", query, 3));
        // A server runs for months: measure the lookups compiled, not while the JIT learns them.
        for (int i = 0; i < 1000; i++) {
            for (Function<String, List<?>> lookup : lookups.values()) {
                lookup.apply(variant(samples, random, random.nextInt(total)));
            }
        }
        lookups.forEach((name, lookup) -> report(name, total, samples, random, lookup));
    }

    private static void report(
            String name, int total, List<String> samples, Random random, Function<String, List<?>> lookup) {
        int runs = 2000;
        long[] micros = new long[runs];
        int found = 0;
        long gcBefore = gcMillis();
        for (int i = 0; i < runs; i++) {
            String query = variant(samples, random, random.nextInt(total));
            long t = System.nanoTime();
            found += lookup.apply(query).isEmpty() ? 0 : 1;
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        long gc = gcMillis() - gcBefore;
        Arrays.sort(micros);
        System.out.printf(
                "%s.lookups=%d with_match=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f (gc_ms=%d meanwhile)%n",
                name,
                runs,
                found,
                micros[runs / 2] / 1000.0,
                micros[(int) (runs * 0.99)] / 1000.0,
                micros[runs - 1] / 1000.0,
                gc);
    }

    /** Time this JVM spent collecting garbage so far: pauses are what a p99 sees first. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** A sample sentence made distinct: a street number and a khóm-internal place name vary. */
    static String variant(List<String> samples, Random random, int i) {
        String base = samples.get(i % samples.size());
        return base + " (hẻm " + (i % 500) + ", tổ " + (i % 40) + ")";
    }
}
