package vn.nghedan.agenda;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import vn.nghedan.platform.Texts;

/**
 * Compiles the agenda of a session from submissions: selects them, clusters near-duplicates into
 * items, groups items by topic, ranks them, applies an official's overrides and counts.
 * Stateless and thread-safe; clustering runs on the common fork-join pool, one neighbourhood per
 * task.
 */
public final class AgendaCompiler {

    /** Within a topic: most supporters first, then the oldest, then the lowest number. */
    private static final Comparator<AgendaItem> BY_SUPPORT_THEN_AGE = Comparator.comparingInt(AgendaItem::supporters)
            .reversed()
            .thenComparing(AgendaItem::firstCreatedAt)
            .thenComparingLong(AgendaItem::primaryNumber);

    /** The agenda of a session that is still to come. */
    public Agenda compile(
            AgendaSession session, Collection<AgendaCandidate> candidates, AgendaOverrides overrides, Clock clock) {
        return compile(session, candidates, AgendaSelection.agenda(session), overrides, clock);
    }

    /**
     * After a session: its items with what became of them, answered or referred at the session,
     * or still open and carried over. Render it with {@link ResultsReport}.
     */
    public Agenda compileResults(
            AgendaSession session, Collection<AgendaCandidate> candidates, AgendaOverrides overrides, Clock clock) {
        return compile(session, candidates, AgendaSelection.results(session), overrides, clock);
    }

    private Agenda compile(
            AgendaSession session,
            Collection<AgendaCandidate> candidates,
            Predicate<AgendaCandidate> selection,
            AgendaOverrides overrides,
            Clock clock) {
        List<AgendaCandidate> selected = candidates.stream().filter(selection).toList();
        // Partitions never share a cluster, so they are clustered independently, on every core.
        List<AgendaItem> items = selected.stream()
                .collect(Collectors.groupingBy(AgendaCompiler::partition, LinkedHashMap::new, Collectors.toList()))
                .values()
                .parallelStream()
                .flatMap(partition -> DuplicateClusterer.cluster(partition).stream())
                .map(members -> overridden(item(session, members), overrides))
                .toList();
        List<Agenda.Section> sections = sections(items, overrides.order());
        return new Agenda(
                session, clock.instant(), overrides.locked(), sections, AgendaCounting.count(session, sections, selected));
    }

    /**
     * Submissions cluster only within one neighbourhood, and only with others that had the same
     * outcome: an answered submission and a still-open one are two lines of a results report.
     */
    private static String partition(AgendaCandidate candidate) {
        String outcome = switch (candidate.status()) {
            case "ANSWERED", "REFERRED" -> candidate.status();
            default -> "OPEN";
        };
        return candidate.neighbourhoodCode() + '/' + outcome;
    }

    private static AgendaItem item(AgendaSession session, List<AgendaCandidate> members) {
        AgendaCandidate primary = members.get(0);
        String neighbourhoodName = session.neighbourhood(primary.neighbourhoodCode())
                .map(AgendaSession.Neighbourhood::name)
                .orElse(primary.neighbourhoodCode());
        long[] numbers = new long[members.size()];
        int issues = 0;
        int supporters = 0;
        boolean carriedOver = false;
        AgendaCandidate.Answer answer = null;
        for (int i = 0; i < members.size(); i++) {
            AgendaCandidate member = members.get(i);
            numbers[i] = member.number();
            issues += member.issues();
            supporters += member.supporters();
            carriedOver |= member.carriedFromSessionId() != null;
            answer = answer == null ? member.answer() : answer;
        }
        return new AgendaItem(
                0,
                primary.number(),
                LongStream.of(numbers).sorted().boxed().toList(),
                primary.neighbourhoodCode(),
                neighbourhoodName,
                primary.topic(),
                primary.kind(),
                Texts.clean(primary.text()),
                raisedBy(members, neighbourhoodName),
                members.size(),
                issues,
                supporters,
                primary.createdAt(),
                carriedOver,
                primary.status(),
                answer);
    }

    /**
     * The names of the authors who may be named, oldest submission first; an anonymous author is
     * never named, and when nobody may be named the item is raised by the neighbourhood's residents.
     */
    private static String raisedBy(List<AgendaCandidate> members, String neighbourhoodName) {
        Set<String> names = new LinkedHashSet<>();
        members.stream()
                .map(AgendaCandidate::shownAuthor)
                .filter(Objects::nonNull)
                .distinct() // cleaning is costly: clean each spelling once
                .map(Texts::clean)
                .forEach(names::add);
        if (names.isEmpty()) {
            return Labels.residentsOf(neighbourhoodName);
        }
        String shown = names.stream().limit(Labels.NAMED_AUTHORS_SHOWN).collect(Collectors.joining(", "));
        int more = names.size() - Labels.NAMED_AUTHORS_SHOWN;
        return more > 0 ? shown + " " + Labels.andOthers(more) : shown;
    }

    private static AgendaItem overridden(AgendaItem item, AgendaOverrides overrides) {
        String summary = Texts.clean(overrides.summaries().get(item.primaryNumber()));
        return item.withTopicAndSummary(
                overrides.topics().getOrDefault(item.primaryNumber(), item.topic()),
                summary.isEmpty() ? item.summary() : summary);
    }

    /** Items by topic 1..6, each topic in the official's order first, then by support and age. */
    private static List<Agenda.Section> sections(List<AgendaItem> items, List<Long> manualOrder) {
        Map<Long, Integer> manualRank = new HashMap<>();
        for (Long number : manualOrder) {
            manualRank.putIfAbsent(number, manualRank.size());
        }
        Comparator<AgendaItem> order = Comparator.<AgendaItem>comparingInt(
                        i -> manualRank.getOrDefault(i.primaryNumber(), Integer.MAX_VALUE))
                .thenComparing(BY_SUPPORT_THEN_AGE);
        Map<Integer, List<AgendaItem>> byTopic =
                new TreeMap<>(items.stream().collect(Collectors.groupingBy(AgendaItem::topic)));
        List<Agenda.Section> sections = new ArrayList<>();
        int position = 0;
        for (Map.Entry<Integer, List<AgendaItem>> topic : byTopic.entrySet()) {
            List<AgendaItem> ranked = new ArrayList<>();
            for (AgendaItem item : topic.getValue().stream().sorted(order).toList()) {
                ranked.add(item.withPosition(++position));
            }
            Topic t = Topic.of(topic.getKey());
            sections.add(new Agenda.Section(t.number(), t.title(), t.englishTitle(), ranked));
        }
        return sections;
    }
}
