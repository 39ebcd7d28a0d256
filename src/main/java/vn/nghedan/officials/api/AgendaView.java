package vn.nghedan.officials.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.AgendaItem;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.core.ApiTime;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.SubmissionSummary;

/** The agenda as JSON: items grouped by topic, each with the submissions it stands for. */
record AgendaView(
        SessionView session, OffsetDateTime generatedAt, boolean locked, CountsView counts, List<TopicView> topics) {

    record CountsView(
            int items,
            int opinions,
            int issues,
            int supporters,
            Map<String, Agenda.Tally> byChannel,
            Map<String, Agenda.Tally> byNeighbourhood,
            Map<Integer, Agenda.Tally> byTopic) {}

    record TopicView(int topic, String title, String englishTitle, List<ItemView> items) {}

    record ItemView(
            int position,
            long number,
            List<Long> numbers,
            String neighbourhood,
            String neighbourhoodName,
            int topic,
            String kind,
            String summary,
            String raisedBy,
            int submissionCount,
            int issues,
            int supporters,
            OffsetDateTime firstCreatedAt,
            boolean carriedOver,
            String status,
            AnswerView answer,
            List<MemberView> submissions) {}

    record AnswerView(
            String text, String answeredBy, String form, String commitment, String deadline, String referredTo) {}

    /** One submission behind an item; no author name here (the item's raisedBy already says it). */
    record MemberView(
            long number,
            String kind,
            String text,
            String status,
            int supporters,
            boolean anonymous,
            String channel,
            OffsetDateTime createdAt) {}

    static AgendaView of(
            DialogueSession session, Agenda agenda, Map<Long, SubmissionSummary> members, Neighbourhoods names) {
        Agenda.Counts c = agenda.counts();
        return new AgendaView(
                SessionView.of(session, null, names),
                ApiTime.format(agenda.generatedAt()),
                agenda.locked(),
                new CountsView(
                        c.items(),
                        c.total().opinions(),
                        c.total().issues(),
                        c.supporters(),
                        c.byChannel(),
                        c.byNeighbourhood(),
                        c.byTopic()),
                agenda.sections().stream()
                        .map(s -> new TopicView(
                                s.topic(),
                                s.title(),
                                s.englishTitle(),
                                s.items().stream().map(i -> item(i, members)).toList()))
                        .toList());
    }

    private static ItemView item(AgendaItem i, Map<Long, SubmissionSummary> members) {
        AnswerView answer = i.answer() == null
                ? null
                : new AnswerView(
                        i.answer().text(),
                        i.answer().answeredBy(),
                        i.answer().form(),
                        i.answer().commitment(),
                        i.answer().deadline() == null
                                ? null
                                : i.answer().deadline().toString(),
                        i.answer().referredTo());
        List<MemberView> memberViews = i.numbers().stream()
                .map(members::get)
                .filter(java.util.Objects::nonNull)
                .map(m -> new MemberView(
                        m.number(),
                        m.kind().name(),
                        m.text(),
                        m.status().name(),
                        m.supporters(),
                        m.anonymous(),
                        m.channel().name(),
                        ApiTime.format(m.createdAt())))
                .toList();
        return new ItemView(
                i.position(),
                i.primaryNumber(),
                i.numbers(),
                i.neighbourhoodCode(),
                i.neighbourhoodName(),
                i.topic(),
                i.kind(),
                i.summary(),
                i.raisedBy(),
                i.submissions(),
                i.issues(),
                i.supporters(),
                ApiTime.format(i.firstCreatedAt()),
                i.carriedOver(),
                i.status(),
                answer,
                memberViews);
    }
}
