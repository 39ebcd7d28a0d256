package vn.nghedan.resident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ResidentRepository extends CrudRepository<Resident, Long>, ResidentRows {

    @Query("SELECT * FROM resident WHERE chat_id = :chatId LIMIT 1")
    Optional<Resident> findByChatId(long chatId);

    @Query("SELECT * FROM resident WHERE neighbourhood_code IN (:codes) AND consented_at IS NOT NULL"
            + " AND reminders_enabled = 1 AND unreachable_at IS NULL AND chat_id IS NOT NULL ORDER BY id")
    List<Resident> findReachableIn(java.util.Collection<String> codes);
}
