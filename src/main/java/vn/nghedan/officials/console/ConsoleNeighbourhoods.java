package vn.nghedan.officials.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.NotFoundException;

/**
 * The neighbourhoods page: each khóm with how many residents use the bot and how many of them
 * the bot can no longer reach (they blocked it), so the head knows whom to tell in person.
 * Counted with one GROUP BY on the resident table (the resident module has no counting API).
 */
@Service
class ConsoleNeighbourhoods {

    private final Neighbourhoods neighbourhoods;
    private final ConsoleBotLinks links;
    private final JdbcClient jdbc;

    ConsoleNeighbourhoods(Neighbourhoods neighbourhoods, ConsoleBotLinks links, JdbcClient jdbc) {
        this.neighbourhoods = neighbourhoods;
        this.links = links;
        this.jdbc = jdbc;
    }

    /**
     * @param residents residents who accepted the data notice and were not forgotten
     * @param unreachable of those, the ones the bot could not deliver to (blocked or deleted the chat)
     * @param qrPath the deep link's QR code as an SVG path, for the preview
     */
    record Row(Neighbourhood neighbourhood, long residents, long unreachable, String link, String qrPath, int qrSize) {}

    private record Counts(long residents, long unreachable) {}

    List<Row> list(OfficialUser reader) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.sql("SELECT neighbourhood_code, COUNT(*), SUM(CASE WHEN unreachable_at IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM resident WHERE consented_at IS NOT NULL AND forgotten_at IS NULL"
                        + " AND neighbourhood_code IS NOT NULL GROUP BY neighbourhood_code")
                .query((rs, i) -> Map.entry(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3))))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return neighbourhoods.all().stream()
                .filter(n -> reader.sees(n.code()))
                .map(n -> {
                    Counts c = counts.getOrDefault(n.code(), new Counts(0, 0));
                    String link = links.startLink(n);
                    ConsoleQrCode qr = ConsoleQrCode.of(link);
                    return new Row(n, c.residents(), c.unreachable(), link, qr.svgPath(), qr.size());
                })
                .toList();
    }

    /** A neighbourhood this official works with; others are not found. */
    Neighbourhood visible(String code, OfficialUser reader) {
        return neighbourhoods
                .byCode(code)
                .filter(n -> reader.sees(n.code()))
                .orElseThrow(() -> new NotFoundException("No neighbourhood " + code));
    }
}
