package vn.nghedan.officials;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByTelegramUserId(long telegramUserId);
}
