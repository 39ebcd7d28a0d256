package vn.nghedan.agenda;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ward's counts of an agenda: opinions and issues, in total, by channel, neighbourhood and topic. */
final class AgendaCounting {

    private AgendaCounting() {}

    /**
     * @param sections the agenda's sections, with the items' final topics
     * @param selected every submission the items stand for
     */
    static Agenda.Counts count(AgendaSession session, List<Agenda.Section> sections, List<AgendaCandidate> selected) {
        Map<String, Counter> byChannel = counters(Labels.CHANNEL_ORDER);
        Map<String, Counter> byNeighbourhood = counters(session.neighbourhoods().stream()
                .map(AgendaSession.Neighbourhood::code)
                .toList());
        Map<Integer, Agenda.Tally> byTopic = new LinkedHashMap<>();
        Counter total = new Counter();
        int items = 0;
        int supporters = 0;
        for (Agenda.Section section : sections) {
            for (AgendaItem item : section.items()) {
                items++;
                supporters += item.supporters();
                total.add(item.submissions(), item.issues());
                byTopic.merge(item.topic(), new Agenda.Tally(item.submissions(), item.issues()), Agenda.Tally::plus);
            }
        }
        for (AgendaCandidate submission : selected) {
            byChannel.computeIfAbsent(submission.channel(), c -> new Counter()).add(1, submission.issues());
            byNeighbourhood
                    .computeIfAbsent(submission.neighbourhoodCode(), c -> new Counter())
                    .add(1, submission.issues());
        }
        return new Agenda.Counts(
                items,
                total.tally(),
                supporters,
                tallies(byChannel),
                tallies(byNeighbourhood),
                Collections.unmodifiableMap(byTopic));
    }

    /** Keys in the wanted order, so that the maps print in it. */
    private static Map<String, Counter> counters(List<String> keys) {
        Map<String, Counter> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, new Counter()));
        return map;
    }

    private static Map<String, Agenda.Tally> tallies(Map<String, Counter> counters) {
        Map<String, Agenda.Tally> tallies = new LinkedHashMap<>();
        counters.forEach((key, counter) -> {
            if (counter.opinions > 0) {
                tallies.put(key, counter.tally());
            }
        });
        return Collections.unmodifiableMap(tallies);
    }

    /** A running tally; the counting touches every submission, so it adds in place. */
    private static final class Counter {
        private int opinions;
        private int issues;

        void add(int moreOpinions, int moreIssues) {
            opinions += moreOpinions;
            issues += moreIssues;
        }

        Agenda.Tally tally() {
            return new Agenda.Tally(opinions, issues);
        }
    }
}
