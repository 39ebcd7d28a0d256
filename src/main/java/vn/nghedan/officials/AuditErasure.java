package vn.nghedan.officials;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.resident.ResidentForgotten;

/**
 * Decree 13: audit lines naming a forgotten person go with them — by their name, the contact they
 * gave or their Telegram id, wherever in the line it appears. Too short a name (a two-letter
 * nickname) would match lines about others, so it is not searched for.
 */
@Component
class AuditErasure {

    static final int SHORTEST_SEARCHED = 4;

    private final JdbcClient jdbc;

    AuditErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void forget(ResidentForgotten forgotten) {
        List<String> traces = new ArrayList<>();
        add(traces, forgotten.displayName());
        add(traces, forgotten.contact());
        add(
                traces,
                forgotten.telegramUserId() == null
                        ? null
                        : forgotten.telegramUserId().toString());
        for (String trace : traces) {
            String pattern =
                    "%" + trace.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            jdbc.sql("DELETE FROM audit_log WHERE target LIKE :p ESCAPE '\\' OR detail LIKE :p ESCAPE '\\'"
                            + " OR actor LIKE :p ESCAPE '\\'")
                    .param("p", pattern)
                    .update();
        }
    }

    private static void add(List<String> traces, String value) {
        if (value != null && value.strip().length() >= SHORTEST_SEARCHED) {
            traces.add(value.strip());
        }
    }
}
