package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a pass/fail timing (best of 3 after warm-up, wall clock and process CPU): how
 * compiling scales (10,000 and 100,000 submissions) and how long the DOCX and PDF of 1,000 items
 * take. Excluded from the normal test run (but an explicit {@code -Dtest} pattern that matches it
 * overrides that exclusion); run it with {@code mvn -B -o -Pbenchmark verify -Dtest=AgendaBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dspring-boot.repackage.skip=true} (without the last
 * flag the figures print, then repackaging fails while the project has no application class).
 */
class AgendaBenchmark {

    private static final int RUNS = 3;
    private static final List<String> NEIGHBOURHOODS = List.of("K1", "K2", "K3", "K4", "K5", "K6");
    private static final List<String> CHANNELS = List.of("BOT", "BOT", "BOT", "SPOKEN", "WRITTEN", "PHONE", "WEB");
    private static final List<String> OPENINGS =
            List.of("", "", "Kính gửi UBND phường, ", "Xin chào cán bộ phường. ", "Tôi là người dân trong khóm, ");
    private static final List<String> CLOSINGS =
            List.of("", "", " Xin cảm ơn.", " Mong phường sớm trả lời.", " Rất mong được quan tâm giải quyết.");
    private static final List<String> NAMES =
            List.of("Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Huỳnh Văn Em", "Võ Thị Phượng");

    private static final AgendaSession SESSION = new AgendaSession(
            7,
            "Đối thoại với Nhân dân sáu khóm, năm 2026",
            AgendaSession.DIALOGUE,
            AgendaFixtures.STARTS,
            "Hội trường UBND Phường 4",
            AgendaFixtures.CUT_OFF,
            NEIGHBOURHOODS.stream()
                    .map(code -> new AgendaSession.Neighbourhood(code, "Khóm " + code.substring(1)))
                    .toList(),
            "Chủ tịch UBND Phường 4");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T03:00:00Z"), ZoneOffset.UTC);

    private final AgendaCompiler compiler = new AgendaCompiler();

    @Test
    void compileScalesNearLinearlyAndDocumentsStayQuick() {
        print("system.cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        print(
                "system.load_average",
                String.format(
                        "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        List<AgendaCandidate> small = candidates(10_000, new Random(1));
        List<AgendaCandidate> large = candidates(100_000, new Random(2));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            compile(small);
            compile(large);
        }
        Timing smallTime = bestOf(() -> compile(small));
        Timing largeTime = bestOf(() -> compile(large));
        print("agenda.compile.10k", smallTime);
        print("agenda.compile.100k", largeTime);
        print("agenda.compile.ratio_100k_to_10k", String.format("%.2f", (double) largeTime.wall() / smallTime.wall()));
        print(
                "agenda.compile.ratio_100k_to_10k_cpu",
                String.format("%.2f", (double) largeTime.cpu() / smallTime.cpu()));
        Agenda largeAgenda = compile(large);
        print("agenda.compile.100k_items", String.valueOf(largeAgenda.counts().items()));

        Agenda thousandItems = thousandItems(largeAgenda);
        AgendaDocx docx = new AgendaDocx();
        AgendaPdf pdf = new AgendaPdf();
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            docx.write(thousandItems, AgendaFixtures.WARD);
            pdf.write(thousandItems, AgendaFixtures.WARD);
        }
        print("agenda.docx.1000_items", bestOf(() -> docx.write(thousandItems, AgendaFixtures.WARD)));
        print("agenda.pdf.1000_items", bestOf(() -> pdf.write(thousandItems, AgendaFixtures.WARD)));
        print("agenda.docx.1000_items_bytes", String.valueOf(docx.write(thousandItems, AgendaFixtures.WARD).length));
        print("agenda.pdf.1000_items_bytes", String.valueOf(pdf.write(thousandItems, AgendaFixtures.WARD).length));

        assertThat(thousandItems.items()).hasSize(1000);
    }

    private Agenda compile(List<AgendaCandidate> candidates) {
        return compiler.compile(SESSION, candidates, AgendaOverrides.none(), CLOCK);
    }

    /** The first 1,000 items of a compiled agenda, as one agenda. */
    private static Agenda thousandItems(Agenda agenda) {
        List<Agenda.Section> sections = new ArrayList<>();
        int left = 1000;
        for (Agenda.Section section : agenda.sections()) {
            List<AgendaItem> items = section.items().stream().limit(left).toList();
            left -= items.size();
            if (!items.isEmpty()) {
                sections.add(new Agenda.Section(section.topic(), section.title(), section.englishTitle(), items));
            }
        }
        return new Agenda(agenda.session(), agenda.generatedAt(), false, sections, agenda.counts());
    }

    /**
     * Submissions built from the sample texts as residents send them: six neighbourhoods, alley
     * numbers varied, greetings and closings added, and some retyped without diacritics, in
     * another order, decomposed or with a typo.
     */
    static List<AgendaCandidate> candidates(int count, Random random) {
        List<SampleSubmissions.Sample> samples = SampleSubmissions.all();
        List<AgendaCandidate> candidates = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            SampleSubmissions.Sample sample = samples.get(random.nextInt(samples.size()));
            String text = pick(OPENINGS, random) + withAlley(sample.text(), random) + pick(CLOSINGS, random);
            int variation = random.nextInt(100);
            if (variation < 15) {
                text = SampleSubmissions.withoutDiacritics(text);
            } else if (variation < 25) {
                text = SampleSubmissions.reordered(text);
            } else if (variation < 35) {
                text = SampleSubmissions.withTypo(text);
            } else if (variation < 40) {
                text = SampleSubmissions.decomposed(text);
            }
            boolean anonymous = random.nextInt(10) < 3;
            candidates.add(new AgendaCandidate(
                    number,
                    sample.kind(),
                    sample.topic(),
                    pick(NEIGHBOURHOODS, random),
                    text,
                    anonymous ? null : pick(NAMES, random),
                    anonymous,
                    pick(CHANNELS, random),
                    1 + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 20),
                    1 + random.nextInt(2),
                    AgendaFixtures.CUT_OFF.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))),
                    random.nextInt(10) < 8 ? "NEW" : "ACCEPTED",
                    null,
                    null,
                    null));
        }
        return candidates;
    }

    /** The sample's alley number replaced, or an alley named when the sample names none. */
    private static String withAlley(String text, Random random) {
        int alley = 1 + random.nextInt(120);
        if (text.matches(".*hẻm \\d+.*")) {
            return text.replaceFirst("hẻm \\d+", "hẻm " + alley);
        }
        return random.nextBoolean() ? text : text + " Địa chỉ: hẻm " + alley + ".";
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * Wall-clock and the process's CPU time (all threads: compiling uses the fork-join pool, and
     * GC counts too). On a shared machine the CPU time is the steadier figure.
     */
    private record Timing(long wall, long cpu) {}

    private static Timing bestOf(Supplier<?> work) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            work.get();
            bestCpu = Math.min(bestCpu, os.getProcessCpuTime() - cpu);
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
        }
        return new Timing(bestWall, bestCpu);
    }

    private static void print(String key, Timing timing) {
        print(key + "_ms", String.valueOf(timing.wall() / 1_000_000));
        print(key + "_cpu_ms", String.valueOf(timing.cpu() / 1_000_000));
    }

    private static void print(String key, String value) {
        System.out.println(key + "=" + value);
    }
}
