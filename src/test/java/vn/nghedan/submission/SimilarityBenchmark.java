package vn.nghedan.submission;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The similar-submission lookup with 100,000 submissions in one neighbourhood (target: p99 ≤ 5 ms),
 * on the real SQLite file with synchronous=FULL, through {@link Submissions#similar}.
 *
 * <p>Run: {@code mvn -B -Pbenchmark verify -Dtest=SimilarityBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(properties = {"nghedan.telegram.token=", "nghedan.admin.password=benchmark"})
class SimilarityBenchmark {

    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("nghedan-similarity");
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("bench.db"));
    }

    @Autowired
    Submissions submissions;

    @Autowired
    TransactionTemplate tx;

    @Test
    void lookupStaysFastWithOneHundredThousandSubmissions() throws Exception {
        int total = Integer.getInteger("bench.submissions", 100_000);
        List<String> samples = samples();
        Random random = new Random(42);
        long begin = System.nanoTime();
        for (int done = 0; done < total; ) {
            int batch = Math.min(2000, total - done);
            int from = done;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < batch; i++) {
                    submissions.file(new NewSubmission(
                            null,
                            "K1",
                            Kind.COMPLAINT,
                            1,
                            variant(samples, random, from + i),
                            false,
                            Channel.WRITTEN,
                            "Cư dân",
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            "benchmark"));
                }
            });
            done += batch;
        }
        double fileSeconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf(
                "bench.similar.filed=%d in %.1f s (%.0f/s, batches of 2000 per transaction)%n",
                total, fileSeconds, total / fileSeconds);

        List<Long> micros = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < 1200; i++) {
            String query = variant(samples, random, random.nextInt(total));
            long t = System.nanoTime();
            found += submissions.similar("K1", query, 3).isEmpty() ? 0 : 1;
            if (i >= 200) {
                micros.add((System.nanoTime() - t) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf(
                "bench.similar.lookups=%d with_match=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                micros.size(),
                found,
                micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.99)) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
    }

    /** A sample sentence made distinct: a street number and a khóm-internal place name vary. */
    static String variant(List<String> samples, Random random, int i) {
        String base = samples.get(i % samples.size());
        return base + " (hẻm " + (i % 500) + ", tổ " + (i % 40) + ")";
    }

    static List<String> samples() throws Exception {
        List<String> lines = Files.readAllLines(
                Path.of("src/test/resources/agenda/sample-submissions-vi.tsv"), StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length >= 3) {
                texts.add(cols[2]);
            }
        }
        return texts;
    }
}
