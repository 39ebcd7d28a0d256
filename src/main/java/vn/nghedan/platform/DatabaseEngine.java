package vn.nghedan.platform;

/**
 * The two engines the app runs on, told apart by the JDBC URL: SQLite (the default, one file on
 * one PC) and PostgreSQL (a server, for a deployment that outgrows one PC). Engine differences
 * stay in this module: the rest of the app writes SQL both understand.
 */
public enum DatabaseEngine {
    SQLITE,
    POSTGRESQL;

    /**
     * Whether several instances may share the database, each claiming its work with {@code SELECT
     * … FOR UPDATE SKIP LOCKED}. PostgreSQL can; SQLite has no row locks (one process, its
     * transactions serialised by the in-JVM write lock), so there the work is read without a claim.
     */
    public boolean claimsRows() {
        return this == POSTGRESQL;
    }

    public static DatabaseEngine of(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        throw new IllegalStateException(
                "Unsupported database URL (jdbc:sqlite: or jdbc:postgresql: only): " + jdbcUrl.replaceAll("\\?.*", ""));
    }
}
