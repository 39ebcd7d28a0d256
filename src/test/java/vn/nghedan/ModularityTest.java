package vn.nghedan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/** Module boundaries (DESIGN.md): no cycles, internals stay internal, nothing depends on the sandbox. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(NgheDanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The officials module grew sub-packages (console, api, accounts, security, bot, core) whose
     * types are public for each other; being sub-packages they stay internal, so other modules
     * still reach only the directory of officials and the audit log.
     */
    @Test
    void otherModulesSeeOfTheOfficialsOnlyTheirDirectoryAndTheAuditLog() {
        var officials = MODULES.getModuleByName("officials").orElseThrow();

        assertThat(officials.getNamedInterfaces().stream()
                        .flatMap(NamedInterface::asJavaClasses)
                        .map(JavaClass::getName))
                .containsExactlyInAnyOrder("vn.nghedan.officials.OfficialDirectory", "vn.nghedan.officials.AuditLog");
    }
}
