package vn.nghedan.officials.accounts;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN until the first ward-admin account exists. The web server accepts requests before the
 * application runners have run, so without this a script that waited for UP could call the API
 * before anyone can sign in, and get a 401.
 */
@Component("firstAdmin")
class FirstAdminHealthIndicator implements HealthIndicator {

    private final FirstAdminBootstrap bootstrap;

    FirstAdminHealthIndicator(FirstAdminBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public Health health() {
        return bootstrap.done()
                ? Health.up().build()
                : Health.down().withDetail("firstAdmin", "not created yet").build();
    }
}
