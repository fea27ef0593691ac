package vn.chidao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features stay features: no cycles between them (organisation ← security ← conclusion ← assignment ←
 * inbox, all on base), and none reaches into another's sub-packages.
 */
class ModularityTest {

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        ApplicationModules.of(ChidaoApplication.class).verify();
    }
}
