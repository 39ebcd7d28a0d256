package vn.nghedan.agenda;

import java.util.Set;

/**
 * Who an agenda or results report is compiled for, as the officials' scope rule decides it: the
 * items of which neighbourhoods, and whether authors may be named. A reader who may not name
 * authors gets every item as raised by "Nhân dân Khóm X", as anonymous authors always are; the
 * counts are those of the items the reader gets.
 *
 * @param neighbourhoods the neighbourhoods whose items are included; null for all of the session's
 * @param namesAuthors whether authors who did not ask to stay anonymous are named
 */
public record AgendaReader(Set<String> neighbourhoods, boolean namesAuthors) {

    /** The ward's own document: every item, authors named where they allowed it. */
    public static final AgendaReader WHOLE = new AgendaReader(null, true);

    public AgendaReader {
        neighbourhoods = neighbourhoods == null ? null : Set.copyOf(neighbourhoods);
    }

    boolean includes(String neighbourhoodCode) {
        return neighbourhoods == null || neighbourhoods.contains(neighbourhoodCode);
    }
}
