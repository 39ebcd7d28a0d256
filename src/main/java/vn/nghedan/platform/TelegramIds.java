package vn.nghedan.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Telegram user ids of ADMIN_TELEGRAM_IDS, read the same way wherever they are needed (who
 * is an official, where the officials' notices go, whose command menu shows their commands, the
 * sandbox's official persona). Separated by commas, semicolons or blanks; a piece that is not a
 * positive number is skipped, because a typo in one id must not stop the ward's app.
 */
public final class TelegramIds {

    /** The ids in the order given, each once, and the pieces that were skipped. */
    public record Parsed(List<Long> ids, List<String> skipped) {}

    private TelegramIds() {}

    public static Parsed parse(String list) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (String piece : list == null ? new String[0] : list.split("[,;\\s]+")) {
            if (piece.isEmpty()) {
                continue;
            }
            long id = numberOrZero(piece);
            if (id > 0) {
                ids.add(id);
            } else {
                skipped.add(piece);
            }
        }
        return new Parsed(List.copyOf(ids), List.copyOf(skipped));
    }

    private static long numberOrZero(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
