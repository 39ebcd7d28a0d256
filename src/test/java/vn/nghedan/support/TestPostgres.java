package vn.nghedan.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests' PostgreSQL: one embedded server per test JVM (a real PostgreSQL 17 from Maven, no
 * Docker), started when a test first asks for a database and stopped by the JVM's shutdown hook.
 * Each caller gets a fresh, empty database on it, so every Spring context or app process migrates
 * its own schema and sees no other test's rows.
 */
public final class TestPostgres {

    /** A database on the server, as the app is told about it (SPRING_DATASOURCE_*). */
    public record Database(String url, String username, String password) {}

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private TestPostgres() {}

    /** A new empty database. */
    public static Database newDatabase() {
        String name = "nghedan_" + NEXT.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return new Database("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + name, "postgres", "");
    }

    /**
     * CPU time the server has used so far: the postmaster and its backends, so a benchmark can
     * count the database's work beside the app's (on SQLite it is inside the app's process).
     */
    public static synchronized Duration serverCpuTime() throws IOException {
        if (server == null) {
            return Duration.ZERO;
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        return AppProcess.cpuTime(postmaster, true);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // zonky runs the server under `unshare -U` when the JVM is root, as on these machines.
                // A folder that does not exist yet: the server creates it and removes it when it stops.
                dataDirectory = Path.of(
                        System.getProperty("java.io.tmpdir"),
                        "nghedan-pg-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setRegisterShutdownHook(true)
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
