package vn.nghedan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Looks for what is left of a person: every column of every table (read from the driver's metadata,
 * so a table added later is scanned too) and every file under a folder, byte for byte.
 */
public final class Traces {

    private Traces() {}

    /** "table.column = value" for each value that contains one of the needles (case-insensitive). */
    public static List<String> inDatabase(DataSource dataSource, List<String> needles) {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String table : tableNames(c)) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int col = 1; col <= meta.getColumnCount(); col++) {
                            if (isTime(meta.getColumnType(col))) {
                                // a time holds nobody's data, and PostgreSQL's microseconds
                                // ("06:07:53.200062") can spell a test chat's id by chance
                                continue;
                            }
                            Object value = rs.getObject(col);
                            String text = value instanceof byte[] bytes
                                    ? new String(bytes, StandardCharsets.UTF_8)
                                    : String.valueOf(value);
                            if (containsAny(text, needles)) {
                                found.add(table + "." + meta.getColumnName(col) + " = " + text);
                            }
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTime(int sqlType) {
        return sqlType == Types.TIMESTAMP
                || sqlType == Types.TIMESTAMP_WITH_TIMEZONE
                || sqlType == Types.DATE
                || sqlType == Types.TIME
                || sqlType == Types.TIME_WITH_TIMEZONE;
    }

    /** The tables the scan read, to show it read them all. */
    public static List<String> tables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            return tableNames(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table of the app's schema, from the driver's metadata (SQLite and PostgreSQL alike). */
    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** The files under the folder whose bytes contain one of the needles (as UTF-8 text or raw bytes). */
    public static List<String> inFiles(Path folder, List<String> needles, List<byte[]> rawNeedles) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        byte[] content = read(f);
                        return containsAny(new String(content, StandardCharsets.UTF_8), needles)
                                || rawNeedles.stream().anyMatch(n -> indexOf(content, n) >= 0);
                    })
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // gone meanwhile (a journal, a temporary file)
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean containsAny(String text, List<String> needles) {
        String lower = text.toLowerCase(Locale.ROOT);
        return needles.stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
    }
}
