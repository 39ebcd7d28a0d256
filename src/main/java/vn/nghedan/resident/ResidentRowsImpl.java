package vn.nghedan.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.platform.DbTime;

/** The plain-SQL fragment of {@link ResidentRepository} (Spring Data finds it by its name). */
class ResidentRowsImpl implements ResidentRows {

    private static final String COLUMNS = "id, telegram_user_id, chat_id, display_name, language, neighbourhood_code,"
            + " consented_at, reminders_enabled, unreachable_at, forgotten_at, contact, created_at, version";

    private final JdbcClient jdbc;

    ResidentRowsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Resident> rowByTelegramUser(long telegramUserId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resident WHERE telegram_user_id = ?")
                .param(telegramUserId)
                .query((rs, i) -> map(rs))
                .optional();
    }

    @Override
    public Resident write(Resident r) {
        if (r.getId() == null) {
            Long id = jdbc.sql("INSERT INTO resident (telegram_user_id, chat_id, display_name, language,"
                            + " neighbourhood_code, consented_at, reminders_enabled, unreachable_at, forgotten_at,"
                            + " contact, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                            + " RETURNING id")
                    .params(values(r))
                    .query(Long.class)
                    .single();
            r.written(id, 0);
            return r;
        }
        Object[] values = values(r);
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = r.getId();
        params[values.length + 1] = r.getVersion();
        int updated = jdbc.sql("UPDATE resident SET telegram_user_id = ?, chat_id = ?, display_name = ?, language = ?,"
                        + " neighbourhood_code = ?, consented_at = ?, reminders_enabled = ?, unreachable_at = ?,"
                        + " forgotten_at = ?, contact = ?, created_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "Resident " + r.getId() + " was changed meanwhile (version " + r.getVersion() + ")");
        }
        r.written(r.getId(), r.getVersion() + 1);
        return r;
    }

    private static Object[] values(Resident r) {
        return new Object[] {
            r.getTelegramUserId(),
            r.getChatId(),
            r.getDisplayName(),
            r.getLanguage(),
            r.getNeighbourhoodCode(),
            DbTime.of(r.getConsentedAt()),
            r.isRemindersEnabled(),
            DbTime.of(r.getUnreachableAt()),
            DbTime.of(r.getForgottenAt()),
            r.getContact(),
            DbTime.of(r.getCreatedAt())
        };
    }

    private static Resident map(ResultSet rs) throws SQLException {
        return Resident.restore(
                rs.getLong(1),
                nullableLong(rs, 2),
                nullableLong(rs, 3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                DbTime.read(rs, 7),
                rs.getBoolean(8),
                DbTime.read(rs, 9),
                DbTime.read(rs, 10),
                rs.getString(11),
                DbTime.read(rs, 12),
                rs.getInt(13));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
