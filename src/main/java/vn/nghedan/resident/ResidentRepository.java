package vn.nghedan.resident;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ResidentRepository extends CrudRepository<Resident, Long>, ResidentRows {

    @Query("SELECT * FROM resident WHERE chat_id = :chatId LIMIT 1")
    Optional<Resident> findByChatId(long chatId);
}
