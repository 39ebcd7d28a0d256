package vn.nghedan.platform;

import java.sql.JDBCType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;

/**
 * How time is stored: fixed-width UTC ISO text ({@code 2026-11-28T07:30:00.000Z}), which sorts in
 * time order and reads the same in SQLite and PostgreSQL text columns. Spring Data JDBC turns
 * java.time values into Timestamps before plain converters run, so writers return {@link JdbcValue}.
 */
public final class DbTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private DbTime() {}

    public static String of(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    @WritingConverter
    enum InstantWriter implements Converter<Instant, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(Instant source) {
            return JdbcValue.of(of(source), JDBCType.VARCHAR);
        }
    }

    @ReadingConverter
    enum InstantReader implements Converter<String, Instant> {
        INSTANCE;

        @Override
        public Instant convert(String source) {
            return parse(source);
        }
    }

    /** SQLite has no boolean type: flags are stored as 0/1 integers. */
    @ReadingConverter
    enum BooleanReader implements Converter<Integer, Boolean> {
        INSTANCE;

        @Override
        public Boolean convert(Integer source) {
            return source != 0;
        }
    }

    @WritingConverter
    enum LocalDateWriter implements Converter<LocalDate, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(LocalDate source) {
            return JdbcValue.of(source.toString(), JDBCType.VARCHAR);
        }
    }

    @ReadingConverter
    enum LocalDateReader implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}
