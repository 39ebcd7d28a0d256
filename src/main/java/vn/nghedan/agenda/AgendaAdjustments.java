package vn.nghedan.agenda;

/** Where officials' edits to a session's agenda (order, summaries, topics, lock) are kept. */
public interface AgendaAdjustments {

    AgendaOverrides forSession(long sessionId);
}
