package vn.nghedan.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application as a separate operating-system process (production mode: a token and
 * a Bot API URL), so a test can kill it with SIGKILL and start it again on the same database.
 * It runs from the test's own class path, so no packaged jar is needed.
 */
public final class AppProcess implements AutoCloseable {

    private final Map<String, String> env;
    private final Path log;
    private final int port;
    private List<String> launch =
            List.of("-cp", System.getProperty("java.class.path"), "vn.nghedan.NgheDanApplication");
    private Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private Process process;
    private Instant startedAt;

    public AppProcess(Map<String, String> env, Path log) {
        this.port = freePort();
        this.env = new java.util.HashMap<>(env);
        this.env.put("SERVER_PORT", Integer.toString(port));
        this.log = log;
    }

    /**
     * A port that is free now and that nothing else will be given meanwhile: it lies below the
     * kernel's ephemeral range, from which every {@code bind(0)} and outgoing connection takes its
     * port. A port from {@code new ServerSocket(0)} sits in that range, and between closing it here
     * and the app binding it, the app's own stand-ins (bound to port 0 before its web server) or
     * any other process could be handed the same number: "Port … was already in use".
     */
    public static int freePort() {
        int ephemeralFrom = ephemeralRangeStart();
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 10_000 + random.nextInt(Math.max(1, ephemeralFrom - 10_000));
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(false);
                s.bind(new java.net.InetSocketAddress(candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int ephemeralRangeStart() {
        try {
            // Read as lines: Files.readString gives "3" for this file (procfs reports size 0).
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0)
                    .trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    /**
     * Runs the packaged application ({@code java … -jar app.jar}) instead of the test class path,
     * as the Dockerfile does; a benchmark uses it to measure what a ward would run.
     */
    public AppProcess fromJar(Path jar) {
        this.launch = List.of("-jar", jar.toString());
        return this;
    }

    /** Runs the app on another JVM (a benchmark runs it on the one the Dockerfile uses). */
    public AppProcess withJava(Path java) {
        this.java = java;
        return this;
    }

    /** The environment the app starts with, for settings that depend on {@link #port()}. */
    public Map<String, String> environment() {
        return env;
    }

    public int port() {
        return port;
    }

    /** Whether the process still runs (a failure after it became healthy ends it). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the app and waits until its health endpoint answers UP; returns the start time. */
    public Duration start(List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        startedAt = Instant.now();
        process = builder.start();
        awaitHealthy(Duration.ofSeconds(120));
        return Duration.between(startedAt, Instant.now());
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The app did not become healthy in " + timeout + "; log:\n" + tail());
    }

    /** Resident set size in kB, from /proc (Linux). */
    public long rssKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /**
     * CPU time the app's process has used so far (user + system, from /proc), so a benchmark can
     * tell the app's cost from the cost of the stand-in and driver sharing the machine.
     */
    public Duration cpuTime() throws IOException {
        return cpuTime(process.pid(), false);
    }

    /**
     * CPU ticks (10 ms) the app's threads have used so far, user and system apart, summed by
     * thread name with digits dropped ("outbox-send-N"): a benchmark prints where its CPU went.
     * Threads that ended meanwhile are missing from a later snapshot, so compare busy pools only.
     */
    public Map<String, long[]> threadTicks() throws IOException {
        Map<String, long[]> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                        .replaceAll("[0-9]+", "N");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long[] ticks = byName.computeIfAbsent(name, n -> new long[2]);
                ticks[0] += Long.parseLong(fields[11]);
                ticks[1] += Long.parseLong(fields[12]);
            }
        }
        return byName;
    }

    /** Prints, per thread name, the CPU used between two {@link #threadTicks()} snapshots per unit. */
    public static void printThreadCpu(String prefix, Map<String, long[]> before, Map<String, long[]> after, int units) {
        after.entrySet().stream()
                .map(e -> {
                    long[] b = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted((x, y) -> Long.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
                .forEach(e -> System.out.printf(
                        "%s.thread_cpu_ms_per_unit %-16s user=%.2f sys=%.2f%n",
                        prefix, e.getKey(), e.getValue()[0] * 10.0 / units, e.getValue()[1] * 10.0 / units));
    }

    /**
     * CPU time (user + system, from /proc) of a process; with {@code children}, also what its
     * children used: the live ones, and the finished ones it has waited for.
     */
    public static Duration cpuTime(long pid, boolean children) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        Duration own = Duration.ofMillis(ticks * 10); // USER_HZ is 100 on Linux
        if (!children) {
            return own;
        }
        Duration total =
                own.plusMillis((Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10); // cutime, cstime
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
            try {
                total = total.plus(cpuTime(child.pid(), true));
            } catch (IOException gone) {
                // finished meanwhile: its time is in the parent's cutime from now on
            }
        }
        return total;
    }

    /** SIGKILL: no shutdown hook, no graceful anything. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** SIGTERM, a normal shutdown (the JVM's exit hooks run); SIGKILL if it takes longer than {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop(Duration.ofSeconds(10));
    }
}
