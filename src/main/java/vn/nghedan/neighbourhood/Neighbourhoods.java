package vn.nghedan.neighbourhood;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ward's neighbourhoods. The configured ones are written to the database at start (new
 * codes added, names updated), so submissions can reference them; reads come from memory.
 */
// Made at start even though the app initialises lazily: the configured neighbourhoods must be in
// the database before anyone files, and a broken ward configuration should stop the start.
@Lazy(false)
@Service
public class Neighbourhoods {

    private final JdbcClient jdbc;
    private final WardProperties ward;
    private volatile List<Neighbourhood> all = List.of();

    Neighbourhoods(JdbcClient jdbc, WardProperties ward) {
        this.jdbc = jdbc;
        this.ward = ward;
    }

    @PostConstruct
    @Transactional
    void seedFromConfiguration() {
        int position = 0;
        for (Neighbourhood n : ward.neighbourhoods()) {
            String code = n.code().strip().toUpperCase(Locale.ROOT);
            int updated = jdbc.sql("UPDATE neighbourhood SET name = ?, position = ?, active = TRUE WHERE code = ?")
                    .params(n.name().strip(), position, code)
                    .update();
            if (updated == 0) {
                // Instances starting together on one database seed the same rows: the first wins.
                jdbc.sql("INSERT INTO neighbourhood (code, name, position, active) VALUES (?, ?, ?, TRUE)"
                                + " ON CONFLICT DO NOTHING")
                        .params(code, n.name().strip(), position)
                        .update();
            }
            position++;
        }
        reload();
    }

    void reload() {
        all = jdbc.sql("SELECT code, name FROM neighbourhood WHERE active = TRUE ORDER BY position, code")
                .query(Neighbourhood.class)
                .list();
    }

    /** Active neighbourhoods in configured order. */
    public List<Neighbourhood> all() {
        return all;
    }

    /** Finds by code, ignoring case and blanks ({@code k1} finds {@code K1}). */
    public Optional<Neighbourhood> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return all.stream().filter(n -> n.code().equalsIgnoreCase(wanted)).findFirst();
    }

    public String nameOf(String code) {
        return byCode(code).map(Neighbourhood::name).orElse(code);
    }

    public WardProperties ward() {
        return ward;
    }
}
