package vn.nghedan.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a session will answer (or, compiled after it, what it answered): items grouped by topic
 * in print order, with the ward's counts.
 */
public record Agenda(
        AgendaSession session, Instant generatedAt, boolean locked, List<Section> sections, Counts counts) {

    public Agenda {
        sections = List.copyOf(sections);
    }

    /** Every item in print order. */
    public List<AgendaItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The items of one topic; a topic without items has no section. */
    public record Section(int topic, String title, String englishTitle, List<AgendaItem> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** Submissions (ý kiến) and the issues (nội dung) they raise, counted as the ward reports them. */
    public record Tally(int opinions, int issues) {
        Tally plus(Tally other) {
            return new Tally(opinions + other.opinions, issues + other.issues);
        }
    }

    /**
     * The agenda's counts; maps keep a stable order (channels as listed in the design notes,
     * neighbourhoods as the session lists them, topics 1..6) and omit zeros.
     *
     * @param items how many agenda items (clusters)
     * @param supporters the sum of supporters over all submissions
     */
    public record Counts(
            int items,
            Tally total,
            int supporters,
            Map<String, Tally> byChannel,
            Map<String, Tally> byNeighbourhood,
            Map<Integer, Tally> byTopic) {}
}
