package vn.nghedan.platform;

import java.sql.Date;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.jdbc.support.SqlValue;

/**
 * How time is stored. SQLite has no time type: there a time is fixed-width UTC ISO text
 * ({@code 2026-11-28T07:30:00.000Z}), which sorts in time order. PostgreSQL stores timestamptz.
 * Native SQL binds {@link #of} and reads {@link #read}, which do the right thing on either engine,
 * so no caller asks which engine it runs on. Spring Data JDBC turns java.time values into
 * Timestamps before plain converters run, so the entity writers return {@link JdbcValue}.
 */
public final class DbTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private DbTime() {}

    /** A time as a SQL parameter of either engine; null stays null. */
    public static Param of(Instant instant) {
        return instant == null ? null : new Param(instant);
    }

    /** The SQLite text of a time (what {@link #of} binds there). */
    public static String text(Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= LAST_FAST_SECOND) {
            return FORMAT.format(instant);
        }
        // By hand: every row the bot reads or writes has a few times, and the formatter and
        // Instant.parse were a tenth of the work of handling an update.
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC);
        int[] values = {
            t.getYear(),
            t.getMonthValue(),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond(),
            t.getNano() / 1_000_000
        };
        char[] c = new char[24];
        for (int f = 0; f < values.length; f++) {
            int value = values[f];
            for (int i = AT[f] + WIDTH[f] - 1; i >= AT[f]; i--) {
                c[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            c[AT[f] + WIDTH[f]] = AFTER.charAt(f);
        }
        return new String(c);
    }

    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 24) {
            int[] values = new int[AT.length];
            boolean fixed = true;
            for (int f = 0; f < values.length && fixed; f++) {
                values[f] = number(text, AT[f], WIDTH[f]);
                fixed = values[f] >= 0 && text.charAt(AT[f] + WIDTH[f]) == AFTER.charAt(f);
            }
            if (fixed) {
                return LocalDateTime.of(
                                values[0], values[1], values[2], values[3], values[4], values[5], values[6] * 1_000_000)
                        .toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    /** Where each field of {@code 2026-11-28T07:30:00.000Z} starts, its digits, and what follows it. */
    private static final int[] AT = {0, 5, 8, 11, 14, 17, 20};

    private static final int[] WIDTH = {4, 2, 2, 2, 2, 2, 3};
    private static final String AFTER = "--T::.Z";

    /** 10000-01-01T00:00:00Z: later times (and those before 1970) take the formatter. */
    private static final long LAST_FAST_SECOND = 253_402_300_800L;

    /** The decimal number of {@code width} digits at {@code at}, or -1 if one is not a digit. */
    private static int number(String s, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** A time column of a result row, whichever engine stored it. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new SQLException(
                "Column " + column + " holds no time: " + value.getClass().getName());
    }

    /**
     * A time bound as SQLite's text or as a PostgreSQL timestamptz. The statement tells which: a
     * sqlite-jdbc statement (also behind the connection pool's proxy) takes the text.
     */
    public record Param(Instant instant) implements SqlValue {

        @Override
        public void setValue(PreparedStatement ps, int index) throws SQLException {
            if (ps.isWrapperFor(org.sqlite.core.CoreStatement.class)) {
                ps.setString(index, text(instant));
            } else {
                ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
        }

        @Override
        public void cleanup() {
            // nothing held
        }
    }

    /** The converters of the aggregates' time, date and flag columns on this engine. */
    static List<Object> converters(DatabaseEngine engine) {
        return engine == DatabaseEngine.SQLITE
                ? List.of(
                        InstantText.INSTANCE,
                        TextInstant.INSTANCE,
                        LocalDateText.INSTANCE,
                        TextLocalDate.INSTANCE,
                        IntegerBoolean.INSTANCE)
                : List.of(InstantTimestamp.INSTANCE, LocalDateDate.INSTANCE, DateLocalDate.INSTANCE);
    }

    @WritingConverter
    enum InstantText implements Converter<Instant, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(Instant source) {
            return JdbcValue.of(text(source), JDBCType.VARCHAR);
        }
    }

    @ReadingConverter
    enum TextInstant implements Converter<String, Instant> {
        INSTANCE;

        @Override
        public Instant convert(String source) {
            return parse(source);
        }
    }

    /** SQLite has no boolean type: flags are stored as 0/1 integers. */
    @ReadingConverter
    enum IntegerBoolean implements Converter<Integer, Boolean> {
        INSTANCE;

        @Override
        public Boolean convert(Integer source) {
            return source != 0;
        }
    }

    @WritingConverter
    enum LocalDateText implements Converter<LocalDate, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(LocalDate source) {
            return JdbcValue.of(source.toString(), JDBCType.VARCHAR);
        }
    }

    @ReadingConverter
    enum TextLocalDate implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }

    /** PostgreSQL: an instant as timestamptz (not a zone-less Timestamp in the JVM's zone). */
    @WritingConverter
    enum InstantTimestamp implements Converter<Instant, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(Instant source) {
            return JdbcValue.of(OffsetDateTime.ofInstant(source, ZoneOffset.UTC), JDBCType.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /** PostgreSQL: a day as a date column. */
    @WritingConverter
    enum LocalDateDate implements Converter<LocalDate, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(LocalDate source) {
            return JdbcValue.of(source, JDBCType.DATE);
        }
    }

    /** The driver reads a date column as java.sql.Date, whose toInstant() throws: take its day. */
    @ReadingConverter
    enum DateLocalDate implements Converter<Date, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(Date source) {
            return source.toLocalDate();
        }
    }
}
