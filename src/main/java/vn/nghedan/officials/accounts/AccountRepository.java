package vn.nghedan.officials.accounts;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, Long> {

    @Query("SELECT * FROM account WHERE username = :username")
    Optional<Account> findByUsername(String username);

    @Query("SELECT * FROM account WHERE telegram_user_id = :telegramUserId")
    Optional<Account> findByTelegramUserId(long telegramUserId);
}
