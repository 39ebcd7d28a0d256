package vn.nghedan.agenda;

import java.util.List;
import java.util.Map;

/**
 * An official's edits to a compiled agenda, keyed by an item's primary number and applied after
 * compiling, so that recompiling with new submissions keeps them.
 *
 * @param summaries a reworded summary per item
 * @param topics a corrected topic (1..6) per item; the item moves to that topic's section
 * @param order primary numbers in the order the official wants them; within each section the
 *     listed items come first, in this order, and the others follow by support and age
 * @param locked the official has frozen the agenda (reported on the agenda, not enforced here)
 */
public record AgendaOverrides(
        Map<Long, String> summaries, Map<Long, Integer> topics, List<Long> order, boolean locked) {

    private static final AgendaOverrides NONE = new AgendaOverrides(Map.of(), Map.of(), List.of(), false);

    public AgendaOverrides {
        summaries = summaries == null ? Map.of() : Map.copyOf(summaries);
        topics = topics == null ? Map.of() : Map.copyOf(topics);
        order = order == null ? List.of() : List.copyOf(order);
        topics.values().forEach(Topic::of);
    }

    public static AgendaOverrides none() {
        return NONE;
    }
}
