package vn.nghedan.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.nghedan.platform.Texts;

/**
 * What the agenda and the results document say, whatever their format. Every text that comes
 * from outside (session, ward, answers) is cleaned like resident text already is, so no document
 * carries control or bidirectional-override characters.
 */
final class ReportContent {

    /** Statuses that settle an item at its session; any other item carries over. */
    private static final Set<String> SETTLED = Set.of("ANSWERED", "REFERRED");

    private ReportContent() {}

    /** The agenda before the session: items by topic, then the appendix table. */
    static ReportDocument agenda(Agenda agenda, WardInfo ward) {
        AgendaSession session = agenda.session();
        List<ReportDocument.Section> sections = new ArrayList<>();
        int number = 0;
        for (int s = 0; s < agenda.sections().size(); s++) {
            Agenda.Section section = agenda.sections().get(s);
            List<ReportDocument.Entry> entries = new ArrayList<>();
            for (AgendaItem item : section.items()) {
                entries.add(new ReportDocument.Entry(++number, item.summary(), itemDetails(item, false)));
            }
            String heading = Labels.sectionHeading(s, section.title()) + " ("
                    + Labels.tally(agenda.counts().byTopic().get(section.topic())) + ")";
            sections.add(new ReportDocument.Section(heading, entries));
        }
        return new ReportDocument(
                letterhead(agenda, ward),
                List.of(Labels.agendaTitle(session.kind()), clean(session.title())),
                particulars(session, true),
                counts(agenda),
                sections,
                Labels.APPENDIX_TITLE,
                appendix(agenda.items(), ward, item -> Labels.status(item.status())));
    }

    /**
     * The results to publish after the session: what was answered (who, how, the answer, any
     * commitment and its deadline), what was referred and to whom, and what carries over.
     */
    static ReportDocument results(Agenda results, WardInfo ward) {
        AgendaSession session = results.session();
        List<Outcome> outcomes = List.of(
                new Outcome(Labels.ANSWERED_SECTION, withStatus(results, "ANSWERED"::equals)),
                new Outcome(Labels.REFERRED_SECTION, withStatus(results, "REFERRED"::equals)),
                new Outcome(Labels.CARRIED_SECTION, withStatus(results, s -> !SETTLED.contains(s))));
        List<String> counts = counts(results);
        List<String> summary = new ArrayList<>();
        summary.add(counts.get(0)); // the totals, then the resolution rate, then the breakdowns
        summary.add(Labels.resolution(
                outcomes.get(0).items().size(),
                outcomes.get(1).items().size(),
                outcomes.get(2).items().size()));
        summary.addAll(counts.subList(1, counts.size()));
        List<ReportDocument.Section> sections = new ArrayList<>();
        List<AgendaItem> inOrder = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.items().isEmpty()) {
                continue;
            }
            List<ReportDocument.Entry> entries = new ArrayList<>();
            for (AgendaItem item : outcome.items()) {
                inOrder.add(item);
                entries.add(new ReportDocument.Entry(inOrder.size(), item.summary(), itemDetails(item, true)));
            }
            sections.add(
                    new ReportDocument.Section(Labels.sectionHeading(sections.size(), outcome.heading()), entries));
        }
        return new ReportDocument(
                letterhead(results, ward),
                List.of(Labels.RESULTS_TITLE, Labels.resultsSubtitle(session.kind()), clean(session.title())),
                particulars(session, false),
                summary,
                sections,
                Labels.APPENDIX_TITLE,
                appendix(inOrder, ward, ReportContent::outcome));
    }

    /** A part of the results: its heading and its items in agenda order. */
    private record Outcome(String heading, List<AgendaItem> items) {}

    private static List<AgendaItem> withStatus(Agenda agenda, Predicate<String> status) {
        return agenda.items().stream().filter(i -> status.test(i.status())).toList();
    }

    private static String outcome(AgendaItem item) {
        return SETTLED.contains(item.status()) ? Labels.status(item.status()) : Labels.NOT_ANSWERED;
    }

    private static ReportDocument.Letterhead letterhead(Agenda agenda, WardInfo ward) {
        return new ReportDocument.Letterhead(
                clean(ward.parentBody()),
                clean(ward.issuingBody()),
                Labels.documentNumber(clean(ward.documentNumber())),
                Labels.placeAndDate(clean(ward.place()), agenda.generatedAt()));
    }

    private static List<ReportDocument.Field> particulars(AgendaSession session, boolean withCutOff) {
        List<ReportDocument.Field> fields = new ArrayList<>();
        fields.add(new ReportDocument.Field(Labels.TIME, Labels.dateTime(session.startsAt())));
        addIfPresent(fields, Labels.VENUE, session.venue());
        fields.add(new ReportDocument.Field(
                Labels.NEIGHBOURHOODS,
                session.neighbourhoods().stream().map(n -> clean(n.name())).collect(Collectors.joining(", "))));
        addIfPresent(fields, Labels.CHAIR, session.chair());
        if (withCutOff) {
            fields.add(new ReportDocument.Field(Labels.CUT_OFF, Labels.dateTime(session.cutOff())));
        }
        return fields;
    }

    private static List<String> counts(Agenda agenda) {
        AgendaSession session = agenda.session();
        Function<String, String> neighbourhoodName =
                code -> session.neighbourhood(code).map(n -> clean(n.name())).orElse(code);
        List<String> lines = new ArrayList<>(List.of(Labels.totals(agenda.counts())));
        if (!agenda.counts().byChannel().isEmpty()) {
            lines.add(Labels.byChannel(agenda.counts()));
            lines.add(Labels.byNeighbourhood(agenda.counts(), neighbourhoodName));
        }
        return lines;
    }

    private static List<ReportDocument.Field> itemDetails(AgendaItem item, boolean withOutcome) {
        List<ReportDocument.Field> details = new ArrayList<>();
        details.add(new ReportDocument.Field(Labels.NEIGHBOURHOOD, clean(item.neighbourhoodName())));
        details.add(new ReportDocument.Field(Labels.KIND, Labels.kind(item.kind())));
        if (withOutcome) {
            details.add(new ReportDocument.Field(
                    Labels.TOPIC, Topic.of(item.topic()).title()));
        }
        details.add(new ReportDocument.Field(Labels.RAISED_BY, item.raisedBy()));
        details.add(new ReportDocument.Field(Labels.SUPPORTERS, String.valueOf(item.supporters())));
        details.add(new ReportDocument.Field(Labels.REFERENCES, Labels.references(item.numbers())));
        if (item.carriedOver()) {
            details.add(new ReportDocument.Field(Labels.NOTE, Labels.CARRIED_OVER));
        }
        AgendaCandidate.Answer answer = item.answer();
        if (withOutcome && answer != null) {
            addIfPresent(details, Labels.REFERRED_TO, answer.referredTo());
            addIfPresent(details, Labels.ANSWERED_BY, answer.answeredBy());
            addIfPresent(details, Labels.ANSWER_FORM, Labels.answerForm(answer.form()));
            addIfPresent(details, Labels.ANSWER, answer.text());
            addIfPresent(details, Labels.COMMITMENT, answer.commitment());
            addIfPresent(details, Labels.DEADLINE, Labels.date(answer.deadline()));
        }
        return details;
    }

    private static void addIfPresent(List<ReportDocument.Field> fields, String label, String value) {
        String cleaned = clean(value);
        if (!cleaned.isEmpty()) {
            fields.add(new ReportDocument.Field(label, cleaned));
        }
    }

    /** The appendix in the ward's column layout, then the data-only columns the CSV adds. */
    private static ReportDocument.Table appendix(
            List<AgendaItem> items, WardInfo ward, Function<AgendaItem, String> status) {
        List<ReportDocument.Column> columns = List.of(
                new ReportDocument.Column(Labels.COLUMN_NO, 3, true),
                new ReportDocument.Column(Labels.COLUMN_NEIGHBOURHOOD, 5, true),
                new ReportDocument.Column(Labels.COLUMN_RAISED_BY, 8, true),
                new ReportDocument.Column(Labels.COLUMN_SUMMARY, 20, true),
                new ReportDocument.Column(Labels.COLUMN_TOPIC, 8, true),
                new ReportDocument.Column(Labels.COLUMN_SUPPORTERS, 5, true),
                new ReportDocument.Column(Labels.COLUMN_AUTHORITY, 7, true),
                new ReportDocument.Column(Labels.COLUMN_ANSWERED_BY, 7, true),
                new ReportDocument.Column(Labels.COLUMN_ANSWER_FORM, 6, true),
                new ReportDocument.Column(Labels.COLUMN_ANSWER, 15, true),
                new ReportDocument.Column(Labels.COLUMN_DEADLINE, 6, true),
                new ReportDocument.Column(Labels.COLUMN_STATUS, 7, true),
                new ReportDocument.Column(Labels.COLUMN_PRIMARY, 0, false),
                new ReportDocument.Column(Labels.COLUMN_NUMBERS, 0, false),
                new ReportDocument.Column(Labels.COLUMN_NEIGHBOURHOOD_CODE, 0, false),
                new ReportDocument.Column(Labels.COLUMN_KIND, 0, false),
                new ReportDocument.Column(Labels.COLUMN_SUBMISSIONS, 0, false),
                new ReportDocument.Column(Labels.COLUMN_ISSUES, 0, false),
                new ReportDocument.Column(Labels.COLUMN_FIRST_RECEIVED, 0, false),
                new ReportDocument.Column(Labels.COLUMN_CARRIED_OVER, 0, false),
                new ReportDocument.Column(Labels.COLUMN_COMMITMENT, 0, false),
                new ReportDocument.Column(Labels.COLUMN_REFERRED_TO, 0, false));
        List<List<String>> rows = new ArrayList<>();
        for (AgendaItem item : items) {
            AgendaCandidate.Answer answer = item.answer();
            boolean answered = answer != null;
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    clean(item.neighbourhoodName()),
                    item.raisedBy(),
                    item.summary(),
                    Topic.of(item.topic()).title(),
                    String.valueOf(item.supporters()),
                    clean(Labels.authority(ward, item.topic(), answer)),
                    answered ? clean(answer.answeredBy()) : "",
                    answered ? Labels.answerForm(answer.form()) : "",
                    answered ? clean(answer.text()) : "",
                    answered ? Labels.date(answer.deadline()) : "",
                    status.apply(item),
                    String.valueOf(item.primaryNumber()),
                    Labels.references(item.numbers()),
                    item.neighbourhoodCode(),
                    Labels.kind(item.kind()),
                    String.valueOf(item.submissions()),
                    String.valueOf(item.issues()),
                    Labels.date(item.firstCreatedAt()),
                    Labels.yesNo(item.carriedOver()),
                    answered ? clean(answer.commitment()) : "",
                    answered ? clean(answer.referredTo()) : ""));
        }
        return new ReportDocument.Table(columns, rows);
    }

    private static String clean(String text) {
        return Texts.clean(text);
    }
}
