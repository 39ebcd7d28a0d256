package vn.nghedan.neighbourhood;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Texts;

/**
 * Writes the configured wards and khóm to the database at start, idempotently: what is missing is
 * added, what the configuration still owns is renamed and reordered, and what a province admin
 * edited in the console ({@code source = CONSOLE}) is left as they left it. Several instances
 * starting together on one database write the same rows; the first wins.
 */
class WardImport {

    private static final Logger log = LoggerFactory.getLogger(WardImport.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,16}");
    /** The ward every row of a database from before wards belongs to (V6_8). */
    static final long FIRST_WARD = 1;

    private final JdbcClient jdbc;
    private final Clock clock;

    WardImport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param wards the configured wards, in order
     * @param oneWardForm the configuration uses {@code nghedan.ward}: the ward is the database's
     *     first, and its khóm keep their codes as keys
     */
    void run(List<WardSetting> wards, boolean oneWardForm) {
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (WardSetting w : wards) {
            String code = wardCode(w);
            if (!seen.add(code)) {
                throw new IllegalStateException("nghedan.wards: the ward code " + code + " appears twice");
            }
            long id = oneWardForm ? adoptFirst(code, w, position) : upsert(code, w, position);
            importKhom(id, code, w.neighbourhoods(), oneWardForm);
            position++;
        }
    }

    /** The configured code, or the name's initials and number ({@code Phường 4} → {@code P4}). */
    static String wardCode(WardSetting w) {
        String code = w.code() == null ? "" : w.code().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            StringBuilder derived = new StringBuilder();
            for (String word : Texts.words(w.name())) {
                if (Character.isDigit(word.charAt(0))) {
                    derived.append(word);
                } else {
                    derived.append(word.charAt(0));
                }
            }
            code = derived.toString().toUpperCase(Locale.ROOT);
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException("A ward's code must be 1-16 letters and digits (like P4), not '" + code
                    + "': set nghedan.ward.code / nghedan.wards[].code");
        }
        return code;
    }

    private long adoptFirst(String code, WardSetting w, int position) {
        int clash = jdbc.sql("SELECT COUNT(*) FROM ward WHERE code = ? AND id <> ?")
                .params(code, FIRST_WARD)
                .query(Integer.class)
                .single();
        if (clash > 0) {
            throw new IllegalStateException("nghedan.ward.code " + code + " belongs to another ward of this database");
        }
        jdbc.sql("UPDATE ward SET code = ?, position = ?, active = TRUE WHERE id = ?")
                .params(code, position, FIRST_WARD)
                .update();
        updateNames(FIRST_WARD, w);
        return FIRST_WARD;
    }

    private long upsert(String code, WardSetting w, int position) {
        Optional<Long> existing = idOf(code);
        if (existing.isEmpty() && position == 0) {
            // The database's first ward, still unnamed (created by V6_8 for the rows before wards):
            // the first configured ward takes it, with everything filed so far.
            int adopted = jdbc.sql("UPDATE ward SET code = ? WHERE id = ? AND code = ''")
                    .params(code, FIRST_WARD)
                    .update();
            if (adopted == 1) {
                existing = Optional.of(FIRST_WARD);
            }
        }
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO ward (code, name, issuing_body, parent_body, place, document_number, position,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(
                            code,
                            w.name(),
                            w.issuingBody(),
                            w.parentBody(),
                            w.place(),
                            w.documentNumber(),
                            position,
                            DbTime.of(clock.instant()))
                    .update();
            return idOf(code).orElseThrow();
        }
        jdbc.sql("UPDATE ward SET position = ?, active = TRUE WHERE id = ?")
                .params(position, existing.get())
                .update();
        updateNames(existing.get(), w);
        return existing.get();
    }

    private void updateNames(long id, WardSetting w) {
        jdbc.sql("UPDATE ward SET name = ?, issuing_body = ?, parent_body = ?, place = ?, document_number = ?"
                        + " WHERE id = ? AND source = 'CONFIG'")
                .params(w.name(), w.issuingBody(), w.parentBody(), w.place(), w.documentNumber(), id)
                .update();
        // An unnamed first ward (a start that stopped half-way) gets its name whatever its source.
        jdbc.sql("UPDATE ward SET name = ? WHERE id = ? AND name = ''")
                .params(w.name(), id)
                .update();
    }

    private Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT id FROM ward WHERE code = ?")
                .param(code)
                .query(Long.class)
                .optional();
    }

    private void importKhom(long wardId, String wardCode, List<KhomSetting> khom, boolean oneWardForm) {
        int position = 0;
        List<String> locals = new ArrayList<>();
        for (KhomSetting n : khom) {
            String local = n.code() == null ? "" : n.code().strip().toUpperCase(Locale.ROOT);
            String name = n.name() == null || n.name().isBlank() ? local : Texts.clean(n.name());
            if (!CODE.matcher(local).matches()) {
                throw new IllegalStateException(
                        "A khóm's code must be 1-16 letters and digits (like K1), not '" + n.code() + "'");
            }
            if (locals.contains(local)) {
                throw new IllegalStateException("Ward " + wardCode + ": the khóm code " + local + " appears twice");
            }
            locals.add(local);
            int updated = jdbc.sql("UPDATE neighbourhood SET name = CASE WHEN source = 'CONFIG' THEN ? ELSE name END,"
                            + " position = ?, active = TRUE WHERE ward_id = ? AND local_code = ?")
                    .params(name, position, wardId, local)
                    .update();
            if (updated == 0) {
                // The first ward's khóm are keyed by their codes, as in a deployment of one ward
                // (which is how most provinces start): its posters' /start K1 keep working.
                String key = oneWardForm || wardId == FIRST_WARD ? local : wardCode + "." + local;
                jdbc.sql("INSERT INTO neighbourhood (code, name, position, active, ward_id, local_code)"
                                + " VALUES (?, ?, ?, TRUE, ?, ?) ON CONFLICT DO NOTHING")
                        .params(key, name, position, wardId, local)
                        .update();
                log.debug("Khóm {} of ward {} added", local, wardCode);
            }
            position++;
        }
    }
}
