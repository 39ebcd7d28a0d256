package vn.nghedan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries (DESIGN.md): no cycles, internals stay internal, nothing depends on the sandbox. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(NgheDanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
