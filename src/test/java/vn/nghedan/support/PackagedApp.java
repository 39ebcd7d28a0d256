package vn.nghedan.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application prepared the way the Dockerfile prepares it: the jar extracted
 * (classes load from plain jars, not from a jar inside a jar), then one training start — up to
 * a healthy app, then a normal shutdown — that leaves the JVM's class data for the next starts:
 * an AOT cache on Java 25 (JEP 483/514/515), a CDS archive on Java 17.
 */
public record PackagedApp(Path java, int javaVersion, Path jar, List<String> jvmOptions) {

    /** A Java 25 under /usr/lib/jvm if the machine has one (as the Docker image does), else this JVM. */
    public static Path preferredJava() {
        Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        String chosen = System.getProperty("bench.java", "");
        if (!chosen.isBlank()) {
            return Path.of(chosen);
        }
        return Files.isExecutable(temurin25) ? temurin25 : Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Extracts {@code packagedJar} into {@code workDir} and trains the JVM with one start on {@code env}. */
    public static PackagedApp prepare(
            Path java, Path packagedJar, Path optionsFile, Path workDir, Map<String, String> env) throws Exception {
        Path extracted = workDir.resolve("app");
        deleteRecursively(extracted);
        run(
                List.of(
                        java.toString(),
                        "-Djarmode=tools",
                        "-jar",
                        packagedJar.toString(),
                        "extract",
                        "--destination",
                        extracted.toString()),
                workDir.resolve("extract.log"));
        Path jar;
        try (Stream<Path> files = Files.list(extracted)) {
            jar = files.filter(p -> p.toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar extracted into " + extracted));
        }
        int version = versionOf(java, workDir.resolve("version.log"));
        Path classData = workDir.resolve(version >= 25 ? "app.aot" : "app.jsa");
        Files.deleteIfExists(classData);
        String record = version >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
        String use = version >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        try (AppProcess training = new AppProcess(env, workDir.resolve("training.log"))
                .withJava(java)
                .fromJar(jar)) {
            training.start(List.of("@" + optionsFile.toAbsolutePath(), record + classData));
            // close() ends it with SIGTERM: a normal exit, during which the JVM writes the class data.
            training.stop(Duration.ofMinutes(3));
        }
        if (!Files.exists(classData)) {
            throw new IllegalStateException("The training start wrote no " + classData + "; see training.log");
        }
        return new PackagedApp(java, version, jar, List.of("@" + optionsFile.toAbsolutePath(), use + classData));
    }

    private static int versionOf(Path java, Path log) throws IOException, InterruptedException {
        run(List.of(java.toString(), "-version"), log);
        Matcher m = Pattern.compile("version \"(\\d+)").matcher(Files.readString(log));
        return m.find() ? Integer.parseInt(m.group(1)) : 17;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("Timed out: " + command + "; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Exit " + p.exitValue() + ": " + command + "; see " + log);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
