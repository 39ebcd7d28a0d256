package vn.nghedan.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database of an app started as a process ({@link AppProcess}): how the app is told about it
 * (its SPRING_DATASOURCE_* environment) and how a test opens it afterwards to check what was stored.
 */
public interface AppDatabase {

    Map<String, String> env();

    Connection connect() throws SQLException;

    /** Which engine, for the figures a benchmark prints. */
    String engine();

    /** A SQLite file (the default engine). */
    static AppDatabase sqlite(Path file) {
        String url = "jdbc:sqlite:" + file;
        return new AppDatabase() {
            @Override
            public Map<String, String> env() {
                return Map.of("SPRING_DATASOURCE_URL", url);
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public String engine() {
                return "sqlite";
            }
        };
    }

    /** A fresh database on the tests' PostgreSQL ({@link TestPostgres}). */
    static AppDatabase postgres() {
        TestPostgres.Database db = TestPostgres.newDatabase();
        return new AppDatabase() {
            @Override
            public Map<String, String> env() {
                return Map.of(
                        "SPRING_DATASOURCE_URL", db.url(),
                        "SPRING_DATASOURCE_USERNAME", db.username(),
                        "SPRING_DATASOURCE_PASSWORD", db.password());
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(db.url(), db.username(), db.password());
            }

            @Override
            public String engine() {
                return "postgresql";
            }
        };
    }

    /** What a benchmark runs on: {@code -Dbench.db=postgres} for PostgreSQL, else the SQLite file. */
    static AppDatabase forBenchmark(Path sqliteFile) {
        return System.getProperty("bench.db", "sqlite").startsWith("postgres") ? postgres() : sqlite(sqliteFile);
    }
}
