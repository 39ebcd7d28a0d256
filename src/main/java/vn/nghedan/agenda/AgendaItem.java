package vn.nghedan.agenda;

import java.time.Instant;
import java.util.List;

/**
 * One item of an agenda: a cluster of submissions about the same matter in one neighbourhood.
 *
 * @param position 1-based across the whole agenda, in print order
 * @param primaryNumber the oldest submission of the cluster, which speaks for it
 * @param numbers every submission of the cluster, ascending, the primary included
 * @param topic the primary's topic unless an official moved the item
 * @param kind the primary's kind
 * @param summary the primary's text (cleaned) unless an official reworded it
 * @param raisedBy the authors who may be named, or "Nhân dân Khóm X" when none may
 * @param submissions how many submissions (ý kiến) the cluster holds
 * @param issues how many issues (nội dung) they raise together
 * @param supporters everyone backing the matter: the sum over its submissions
 * @param firstCreatedAt when the primary was received
 * @param carriedOver at least one of its submissions was left unanswered at an earlier session
 * @param status the primary's status
 * @param answer the primary's answer, or null
 */
public record AgendaItem(
        int position,
        long primaryNumber,
        List<Long> numbers,
        String neighbourhoodCode,
        String neighbourhoodName,
        int topic,
        String kind,
        String summary,
        String raisedBy,
        int submissions,
        int issues,
        int supporters,
        Instant firstCreatedAt,
        boolean carriedOver,
        String status,
        AgendaCandidate.Answer answer) {

    public AgendaItem {
        numbers = List.copyOf(numbers);
    }

    AgendaItem withPosition(int newPosition) {
        return new AgendaItem(
                newPosition,
                primaryNumber,
                numbers,
                neighbourhoodCode,
                neighbourhoodName,
                topic,
                kind,
                summary,
                raisedBy,
                submissions,
                issues,
                supporters,
                firstCreatedAt,
                carriedOver,
                status,
                answer);
    }

    AgendaItem withTopicAndSummary(int newTopic, String newSummary) {
        return new AgendaItem(
                position,
                primaryNumber,
                numbers,
                neighbourhoodCode,
                neighbourhoodName,
                newTopic,
                kind,
                newSummary,
                raisedBy,
                submissions,
                issues,
                supporters,
                firstCreatedAt,
                carriedOver,
                status,
                answer);
    }
}
