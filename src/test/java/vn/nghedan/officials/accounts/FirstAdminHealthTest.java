package vn.nghedan.officials.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import vn.nghedan.officials.ApiTestSupport;

/** Health is not UP while nobody could sign in yet. */
class FirstAdminHealthTest extends ApiTestSupport {

    @Autowired
    HealthContributorRegistry registry;

    @Test
    void downUntilTheFirstAdminExistsThenUp() {
        String username = "quan-tri-moi-" + Long.toString(System.nanoTime(), 36);
        FirstAdminBootstrap bootstrap = new FirstAdminBootstrap(new AdminProperties(username, "", ""), accounts);
        FirstAdminHealthIndicator health = new FirstAdminHealthIndicator(bootstrap);

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        bootstrap.ensureFirstAdmin();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anExistingAdminIsReadyAtOnce() {
        FirstAdminBootstrap bootstrap = new FirstAdminBootstrap(new AdminProperties("admin", "", ""), accounts);

        bootstrap.ensureFirstAdmin();

        assertThat(new FirstAdminHealthIndicator(bootstrap).health().getStatus())
                .isEqualTo(Status.UP);
    }

    /** The running application's /actuator/health counts it, and it is UP once started. */
    @Test
    void itIsPartOfTheApplicationsHealth() {
        assertThat(registry.getContributor("firstAdmin")).isInstanceOf(FirstAdminHealthIndicator.class);
        assertThat(((FirstAdminHealthIndicator) registry.getContributor("firstAdmin"))
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);
    }
}
