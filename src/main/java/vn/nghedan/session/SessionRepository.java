package vn.nghedan.session;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface SessionRepository extends CrudRepository<DialogueSession, Long> {

    @Query("SELECT * FROM dialogue_session ORDER BY starts_at, id")
    List<DialogueSession> findAllSoonestFirst();

    /** Sessions still planned (a few per ward), for what is upcoming: not the province's history. */
    @Query("SELECT * FROM dialogue_session WHERE status = 'PLANNED' ORDER BY starts_at, id")
    List<DialogueSession> findPlannedSoonestFirst();

    /**
     * One khóm's planned sessions: what a filing and /sessions ask, several times a second under
     * load. Reading the province's planned sessions (each with its khóm list, a query more per
     * session) and filtering here grew with the number of wards.
     */
    @Query("SELECT s.* FROM dialogue_session s WHERE s.status = 'PLANNED' AND EXISTS (SELECT 1 FROM"
            + " session_neighbourhood n WHERE n.dialogue_session = s.id AND n.neighbourhood_code = :code)"
            + " ORDER BY s.starts_at, s.id")
    List<DialogueSession> findPlannedForNeighbourhoodSoonestFirst(String code);

    /** Held sessions whose results are still to be published: what the results deadline concerns. */
    @Query("SELECT * FROM dialogue_session WHERE status = 'HELD' AND results_published_at IS NULL"
            + " ORDER BY starts_at, id")
    List<DialogueSession> findAwaitingResultsSoonestFirst();

    @Query("SELECT * FROM dialogue_session WHERE ward_id = :ward ORDER BY starts_at, id")
    List<DialogueSession> findOfWardSoonestFirst(long ward);
}
