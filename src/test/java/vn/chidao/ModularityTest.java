package vn.chidao;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features stay features: no cycles between them (organisation ← security ← conclusion ← assignment ←
 * deadline ← extension and periodic ← task; register, inbox and dashboard on assignment; all on base), and none
 * reaches into another's sub-packages. {@link ModuleDocumentationTest} draws them.
 */
@Tag("unit")
class ModularityTest {

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        ApplicationModules.of(ChidaoApplication.class).verify();
    }
}
