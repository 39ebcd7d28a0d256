package vn.nghedan.platform;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Every "now" comes from this clock, so tests can move time instead of sleeping. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Runs before any bean is made: sqlite-jdbc does not create the database file's folder. */
    @Bean
    static SqliteFolderCreator sqliteFolderCreator() {
        return new SqliteFolderCreator();
    }
}
